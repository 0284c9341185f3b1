/**
 * The document's shape: an object, not the legacy app-password shape, with each required field
 * present, non-empty and of its type. The zod schema finds the issues; each is said in words here.
 */
import { APP_PASSWORDS_REMOVED, SECRET_HELP } from '../entitle.js';
import { defineFindings, type Finding } from '../findings.js';
import { valueAt } from '../json-path.js';
import type { Judge } from '../judge.js';
import {
  type DocumentEvidence,
  describeType,
  integrationSchema,
  isPlainObject,
  type Locator,
} from './document-model.js';
import { nearMissFor } from './key-checks.js';

export const { words: SHAPE_WORDS, finding } = defineFindings({
  'structure.not_object': {
    section: 'structure',
    title: 'Document shape',
    cause: 'The JSON is valid but is not an object.',
    fix: 'The secret must hold one JSON object: {"email": "...", "app_token": "...", "jira_credentials": {...}}.',
  },
  'structure.legacy_app_password': {
    section: 'structure',
    title: 'Legacy credentials',
    cause:
      'The document uses the old `user` + `app_password` shape from before Bitbucket app passwords were removed.',
    fix: 'Create an Atlassian API token with scopes for Bitbucket and use {"email": "<your Atlassian account email>", "app_token": "<the token>"}.',
  },
  'structure.field_missing': {
    section: 'structure',
    title: 'Required field',
    cause: 'A required field is absent.',
    fix: `Add the field. ${SECRET_HELP}`,
  },
  'structure.field_empty': {
    section: 'structure',
    title: 'Empty field',
    cause: 'A required field is an empty string.',
    fix: `Fill in the value. ${SECRET_HELP}`,
  },
  'structure.field_type': {
    section: 'structure',
    title: 'Field type',
    cause: 'A field has the wrong JSON type (for example a number where a string belongs).',
    fix: `Give the field a value of the type named in the message. ${SECRET_HELP}`,
  },
  'structure.valid': {
    section: 'structure',
    title: 'Document structure',
    cause: 'Summary of the structure checks.',
    fix: 'See the other structure findings.',
  },
});

export function notAnObject(value: unknown, where: Locator): Finding {
  const message = `The document is ${describeType(value)}; it must be a JSON object.`;
  return finding('structure.not_object', 'error', message, { location: where.at([]) });
}

export function validDocument(): Finding {
  const message = 'The document is valid JSON with the fields Entitle expects.';
  return finding('structure.valid', 'pass', message, { title: 'Document structure' });
}

/** The old `user` + `app_password` shape, from before Bitbucket app passwords were removed. */
export const legacyShape: Judge<DocumentEvidence> = {
  name: 'The document is not the legacy app-password shape',
  // The shape's words, the required fields' among them.
  words: SHAPE_WORDS,
  reports: ['structure.legacy_app_password'],
  judge: ({ legacy, where }) =>
    legacy
      ? [
          finding(
            'structure.legacy_app_password',
            'error',
            `The document has \`app_password\`: the shape used with Bitbucket app passwords, which were removed on ${APP_PASSWORDS_REMOVED}. Entitle now takes \`email\` and \`app_token\`.`,
            { subject: 'app_password', location: where.key(['app_password']) },
          ),
        ]
      : [],
};

function schemaIssue(root: Record<string, unknown>, path: string[], where: Locator): Finding {
  const field = path.join('.');
  const parentPath = path.slice(0, -1);
  const parent = valueAt(root, parentPath);
  const present = isPlainObject(parent) && Object.hasOwn(parent, path[path.length - 1] as string);
  const actual = valueAt(root, path);
  const expected = field === 'jira_credentials' ? 'an object' : 'a string';
  if (!present) {
    const hint = nearMissFor(parent, path[path.length - 1] as string);
    return finding('structure.field_missing', 'error', `The required field \`${field}\` is missing.`, {
      subject: field,
      location: where.at(parentPath),
      fix: hint
        ? `Rename \`${hint}\` to \`${path[path.length - 1]}\`.`
        : `Add \`${field}\` to the document (${expected}).`,
    });
  }
  if (actual === '') {
    return finding('structure.field_empty', 'error', `The field \`${field}\` is empty.`, {
      subject: field,
      location: where.at(path),
    });
  }
  return finding(
    'structure.field_type',
    'error',
    `The field \`${field}\` is ${describeType(actual)}; it must be ${expected}.`,
    { subject: field, location: where.at(path) },
  );
}

/** Each required field present, non-empty and of its type; the legacy shape's own fields are not reported twice. */
export const requiredFields: Judge<DocumentEvidence> = {
  name: 'Every required field is there, with a value of its type',
  words: {},
  reports: ['structure.field_missing', 'structure.field_empty', 'structure.field_type'],
  judge: ({ value, where, legacy }) => {
    const result = integrationSchema.safeParse(value);
    if (result.success) return [];
    return result.error.issues
      .map((issue) => issue.path.map(String))
      .filter((path) => !(legacy && path.length === 1 && (path[0] === 'email' || path[0] === 'app_token')))
      .map((path) => schemaIssue(value, path, where));
  },
};
