/**
 * The structure checks, text in and findings out: parse, then the document's shape, its keys and its
 * values, then the parts the remote checks can use. Pure.
 */
import { APP_PASSWORDS_REMOVED } from '../entitle.js';
import type { Finding } from '../findings.js';
import { valueAt } from '../json-path.js';
import {
  describeType,
  integrationSchema,
  isPlainObject,
  jiraCredentialsSchema,
  Locator,
  type StructureResult,
  TOP_KEYS,
  JIRA_KEYS,
} from './document-model.js';
import { duplicateKeys, JIRA_ALIASES, nearMissFor, TOP_ALIASES, unknownKeys } from './key-checks.js';
import { type ParsedDocument, parseIntegrationText } from './parse.js';
import { finding } from './structure-words.js';
import { fieldChecks } from './value-checks.js';

export function checkStructure(raw: string): StructureResult {
  const parsed = parseIntegrationText(raw);
  if (parsed.ok) return checkDocument(parsed.document);
  if (!parsed.recovered) return { findings: parsed.findings };
  // Not valid JSON, but what the parser recovered still shows placeholders, the legacy shape and field
  // errors: report them with the syntax error, never as a pass, and never let the remote checks run.
  // Key names are left out: in a damaged document a "key" can be a fragment of a value.
  const more = checkDocument(parsed.recovered).findings.filter(
    (f) => f.severity !== 'pass' && f.id !== 'structure.unknown_key' && f.id !== 'structure.duplicate_key',
  );
  return { findings: [...parsed.findings, ...more] };
}

function checkDocument(document: ParsedDocument): StructureResult {
  const findings: Finding[] = [];
  const where = new Locator(document);
  const value = document.value;

  if (!isPlainObject(value)) {
    findings.push(
      finding(
        'structure.not_object',
        'error',
        `The document is ${describeType(value)}; it must be a JSON object.`,
        {
          location: where.at([]),
        },
      ),
    );
    return { findings };
  }

  const legacy = Object.hasOwn(value, 'app_password');
  if (legacy) {
    findings.push(
      finding(
        'structure.legacy_app_password',
        'error',
        `The document has \`app_password\`: the shape used with Bitbucket app passwords, which were removed on ${APP_PASSWORDS_REMOVED}. Entitle now takes \`email\` and \`app_token\`.`,
        { subject: 'app_password', location: where.key(['app_password']) },
      ),
    );
  }

  findings.push(
    ...unknownKeys(value, TOP_KEYS, TOP_ALIASES, [], where, legacy ? ['app_password', 'user'] : []),
  );
  findings.push(...duplicateKeys(document));

  const jira = value.jira_credentials;
  if (isPlainObject(jira)) {
    findings.push(...unknownKeys(jira, JIRA_KEYS, JIRA_ALIASES, ['jira_credentials'], where, []));
  }

  const result = integrationSchema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      if (legacy && path.length === 1 && (path[0] === 'email' || path[0] === 'app_token')) continue;
      findings.push(schemaIssue(value, path, where));
    }
  }

  findings.push(...fieldChecks(value, where));
  return usableParts(value, findings);
}

/**
 * The parts the remote checks can use. Problems confined to jira_credentials do not stop the
 * Bitbucket checks: the two are independent.
 */
function usableParts(value: Record<string, unknown>, findings: Finding[]): StructureResult {
  const isJira = (f: Finding) => f.subject?.startsWith('jira_credentials') ?? false;
  const errors = findings.filter((f) => f.severity === 'error');
  const bitbucketPart = integrationSchema.omit({ jira_credentials: true }).safeParse(value);
  const jiraPart = jiraCredentialsSchema.safeParse(value.jira_credentials);
  if (!bitbucketPart.success || errors.some((f) => !isJira(f))) return { findings };
  const jiraUsable = jiraPart.success && !errors.some(isJira);
  if (errors.length === 0) {
    findings.push(
      finding('structure.valid', 'pass', 'The document is valid JSON with the fields Entitle expects.', {
        title: 'Document structure',
      }),
    );
  }
  return {
    findings,
    integration: { ...bitbucketPart.data, ...(jiraUsable ? { jira_credentials: jiraPart.data } : {}) },
    ...(value.jira_credentials != null && !jiraUsable ? { jiraRejected: true } : {}),
  };
}

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
