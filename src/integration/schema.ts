/**
 * The integration document Entitle takes for Bitbucket Cloud, and every structure check on it. Pure:
 * text in, findings out. No finding quotes a received value; key names are shown only when they are
 * short identifiers (anything else could be a pasted credential).
 */

import { closest, distance } from 'fastest-levenshtein';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { z } from 'zod';
import { type Finding, finding } from '../findings.js';
import { valueAt } from '../json-path.js';
import {
  describeLocation,
  type Location,
  locate,
  type ParsedDocument,
  parseIntegrationText,
} from './parse.js';
import { looksLikeIdentifier } from './secrets.js';

export const jiraCredentialsSchema = z.object({
  url: z.string().min(1),
  key: z.string().min(1),
  user: z.string().min(1),
});

export const integrationSchema = z.object({
  email: z.string().min(1),
  app_token: z.string().min(1),
  // null is how some tools write "absent"; Entitle treats it so.
  jira_credentials: jiraCredentialsSchema.nullish(),
});

export type Integration = z.infer<typeof integrationSchema>;
export type JiraCredentials = z.infer<typeof jiraCredentialsSchema>;

export interface StructureResult {
  findings: Finding[];
  /**
   * Present only when the Bitbucket part has no structure error, so remote checks can rely on it;
   * it carries jira_credentials only when that part has none either.
   */
  integration?: Integration;
  /** jira_credentials is present but has structure errors, so the Jira checks cannot run. */
  jiraRejected?: true;
}

const TOP_KEYS = ['email', 'app_token', 'jira_credentials'] as const;
const JIRA_KEYS = ['url', 'key', 'user'] as const;

/** Near misses seen in practice, normalised (lower case, no `_` or `-`), to the key meant. */
const TOP_ALIASES: Record<string, string> = {
  apptoken: 'app_token',
  token: 'app_token',
  apitoken: 'app_token',
  accesstoken: 'app_token',
  bitbuckettoken: 'app_token',
  password: 'app_token',
  username: 'email',
  user: 'email',
  mail: 'email',
  login: 'email',
  account: 'email',
  jira: 'jira_credentials',
  jiracredential: 'jira_credentials',
  jiracreds: 'jira_credentials',
  jiraconfig: 'jira_credentials',
};
const JIRA_ALIASES: Record<string, string> = {
  site: 'url',
  baseurl: 'url',
  host: 'url',
  jiraurl: 'url',
  domain: 'url',
  server: 'url',
  token: 'key',
  apitoken: 'key',
  apikey: 'key',
  password: 'key',
  apptoken: 'key',
  email: 'user',
  username: 'user',
  login: 'user',
};

const PLACEHOLDER = /<[A-Z0-9_ -]+>|\[email(?:\s|&#160;|\u00a0)protected\]/i;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
const WHITESPACE = /\s/;

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

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Locator {
  constructor(private readonly document: ParsedDocument) {}
  /** Location of the value at a path, else of the nearest existing ancestor. */
  at(path: (string | number)[]): Location {
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(this.document.tree, path.slice(0, n));
      if (node) return locate(this.document.text, node.offset);
    }
    return { line: 1, column: 1 };
  }
  key(path: string[]): Location {
    const node = findNodeAtLocation(this.document.tree, path);
    const keyNode = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return keyNode ? locate(this.document.text, keyNode.offset) : this.at(path);
  }
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
        'The document has `app_password`: the shape used with Bitbucket app passwords, which were removed on 2026-07-28. Entitle now takes `email` and `app_token`.',
        { subject: 'app_password', location: where.key(['app_password']) },
      ),
    );
  }

  findings.push(
    ...unknownKeys(value, TOP_KEYS, TOP_ALIASES, [], where, legacy ? ['app_password', 'user'] : []),
  );
  for (const duplicate of document.duplicateKeys) {
    findings.push(
      finding(
        'structure.duplicate_key',
        'warning',
        `A key appears more than once in the same object (${describeLocation(duplicate.location)}); readers disagree on which value counts.`,
        { subject: printablePath(duplicate.path), location: duplicate.location },
      ),
    );
  }

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

function printablePath(path: string): string {
  return path.split('.').every((part) => looksLikeIdentifier(part)) ? path : '(a key not shown)';
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

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

function suggest(key: string, known: readonly string[], aliases: Record<string, string>): string | undefined {
  const normal = normaliseKey(key);
  // Own properties only: a key named `constructor` must not find Object.prototype's.
  const alias = Object.hasOwn(aliases, normal) ? aliases[normal] : undefined;
  if (alias) return alias;
  const normalKnown = known.map(normaliseKey);
  const best = closest(normal, normalKnown);
  return distance(normal, best) <= 2 ? known[normalKnown.indexOf(best)] : undefined;
}

/** For a missing field: the unknown key present in the same object that most likely meant it. */
function nearMissFor(parent: unknown, missing: string): string | undefined {
  if (!isPlainObject(parent)) return undefined;
  const known: readonly string[] = (JIRA_KEYS as readonly string[]).includes(missing) ? JIRA_KEYS : TOP_KEYS;
  const aliases = known === JIRA_KEYS ? JIRA_ALIASES : TOP_ALIASES;
  return Object.keys(parent).find(
    (key) => !known.includes(key) && looksLikeIdentifier(key) && suggest(key, known, aliases) === missing,
  );
}

function unknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  aliases: Record<string, string>,
  path: string[],
  where: Locator,
  ignore: string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(object)) {
    if (known.includes(key) || ignore.includes(key)) continue;
    const location = where.key([...path, key]);
    const printable = looksLikeIdentifier(key);
    const shown = printable
      ? `\`${[...path, key].join('.')}\``
      : 'a key (not shown: it is not a plain identifier)';
    const meant = printable ? suggest(key, known, aliases) : undefined;
    const scope = path.length === 0 ? 'The document' : `\`${path.join('.')}\``;
    findings.push(
      finding(
        'structure.unknown_key',
        'warning',
        `${scope} has an unknown key ${shown} at ${describeLocation(location)}; Entitle ignores it.${meant ? ` Did you mean \`${meant}\`?` : ''}`,
        {
          subject: printable ? [...path, key].join('.') : path.join('.') || 'document',
          location,
          fix: meant
            ? `Rename the key to \`${meant}\`.`
            : `Remove the key. Known keys here: ${known.map((k) => `\`${k}\``).join(', ')}.`,
        },
      ),
    );
  }
  return findings;
}

function placeholder(field: string, location: Location): Finding {
  return finding(
    'structure.placeholder',
    'error',
    `\`${field}\` still holds a placeholder from the documentation instead of a real value.`,
    { subject: field, location },
  );
}

function checkEmail(field: string, value: string, location: Location): Finding {
  if (value.trim() !== value) {
    return finding('structure.email', 'error', `\`${field}\` has whitespace before or after the address.`, {
      subject: field,
      location,
      fix: `Remove the spaces or line breaks around \`${field}\`.`,
    });
  }
  if (!EMAIL.test(value)) {
    return finding('structure.email', 'error', `\`${field}\` is not a plausible email address.`, {
      subject: field,
      location,
    });
  }
  return finding('structure.email', 'pass', `\`${field}\` is a plausible email address.`, { subject: field });
}

function whitespaceIn(field: string, value: string, location: Location): Finding | undefined {
  if (!WHITESPACE.test(value)) return undefined;
  const where = value.trim() !== value ? 'before or after it' : 'inside it';
  return finding(
    'structure.app_token.whitespace',
    'error',
    `\`${field}\` contains whitespace or a line break ${where}; tokens never do.`,
    { subject: field, location },
  );
}

/** Control characters but the line breaks and tab, which the whitespace check names. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Atlassian tokens run to about 190 characters; anything this short is not one, and cannot be masked safely. */
export const MIN_TOKEN_LENGTH = 20;

/**
 * A value that cannot be a token at all: an escaped control character or a lone surrogate (which no
 * token has, and which a masker may not match), or too short to be one (masking it would blank out
 * ordinary words all over the log).
 */
function impossibleToken(field: string, value: string, location: Location): Finding | undefined {
  if (UNPRINTABLE.test(value) || LONE_SURROGATE.test(value)) {
    return finding(
      'structure.token.characters',
      'error',
      `\`${field}\` contains a control character or a broken Unicode sequence, which no API token has.`,
      { subject: field, location },
    );
  }
  if (value.trim().length < MIN_TOKEN_LENGTH) {
    return finding(
      'structure.token.length',
      'error',
      `\`${field}\` is shorter than ${MIN_TOKEN_LENGTH} characters; Atlassian API tokens are much longer.`,
      { subject: field, location },
    );
  }
  return undefined;
}

function checkAppToken(value: string, location: Location): Finding[] {
  const field = 'app_token';
  const impossible = impossibleToken(field, value, location);
  if (impossible) return [impossible];
  const findings: Finding[] = [];
  const space = whitespaceIn(field, value, location);
  if (space) findings.push(space);
  const token = value.trim();
  if (token.startsWith('ATBB')) {
    findings.push(
      finding(
        'structure.app_token.app_password',
        'error',
        '`app_token` is a Bitbucket app password (it starts with ATBB). App passwords were removed on 2026-07-28.',
        { subject: field, location },
      ),
    );
  } else if (token.startsWith('ATCTT')) {
    findings.push(
      finding(
        'structure.app_token.access_token',
        'error',
        '`app_token` is a repository, project or workspace access token (it starts with ATCTT3), not a user API token.',
        { subject: field, location },
      ),
    );
  } else if (token.startsWith('ATATT')) {
    findings.push(
      finding(
        'structure.app_token.prefix',
        'pass',
        '`app_token` has the format of an Atlassian API token (ATATT3…).',
        {
          subject: field,
        },
      ),
    );
  } else {
    findings.push(
      finding(
        'structure.app_token.prefix',
        'warning',
        '`app_token` does not start with ATATT3, as Atlassian API tokens do; it may be some other kind of credential.',
        { subject: field, location },
      ),
    );
  }
  return findings;
}

function checkJiraUrl(value: string, location: Location): Finding {
  const field = 'jira_credentials.url';
  const bad = (message: string, fix?: string) =>
    finding('structure.jira.url', 'error', message, { subject: field, location, ...(fix ? { fix } : {}) });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return bad('`jira_credentials.url` is not a URL.');
  }
  if (value.trim() !== value) return bad('`jira_credentials.url` has whitespace before or after it.');
  if (url.protocol === 'http:') {
    return bad(
      '`jira_credentials.url` uses http:, which would send the credentials unencrypted.',
      'Use https://.',
    );
  }
  if (url.protocol !== 'https:') return bad('`jira_credentials.url` must be an https:// address.');
  if (url.username !== '' || url.password !== '') {
    return bad(
      '`jira_credentials.url` has a user name or password in it.',
      'Keep only https://<site>.atlassian.net.',
    );
  }
  const host = url.hostname.toLowerCase();
  if (host === 'api.atlassian.com') {
    return bad(
      '`jira_credentials.url` is an api.atlassian.com gateway address. Entitle calls the site itself with a classic API token.',
      'Use the site address, https://<site>.atlassian.net (the one you open Jira with).',
    );
  }
  if (!host.endsWith('.atlassian.net') || host.split('.').length !== 3 || url.port !== '') {
    return bad(
      '`jira_credentials.url` is not a Jira Cloud site address. Atlassian accepts API tokens only on the site’s own <site>.atlassian.net address, not on custom domains or other hosts.',
    );
  }
  const origin = `https://${host}`;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return finding(
      'structure.jira.url',
      'warning',
      `\`jira_credentials.url\` has a path after the site address; Entitle needs only the origin, ${origin}.`,
      { subject: field, location, fix: `Set jira_credentials.url to ${origin}.` },
    );
  }
  return finding(
    'structure.jira.url',
    'pass',
    `\`jira_credentials.url\` is a Jira Cloud site address (${origin}).`,
    {
      subject: field,
    },
  );
}

function fieldChecks(document: Record<string, unknown>, where: Locator): Finding[] {
  const findings: Finding[] = [];
  const stringAt = (path: string[]) => {
    const v = valueAt(document, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const check = (path: string[], run: (value: string, location: Location) => Finding | Finding[]) => {
    const value = stringAt(path);
    if (value === undefined) return;
    const location = where.at(path);
    if (PLACEHOLDER.test(value)) {
      findings.push(placeholder(path.join('.'), location));
      return;
    }
    const result = run(value, location);
    findings.push(...(Array.isArray(result) ? result : [result]));
  };

  check(['email'], (v, l) => checkEmail('email', v, l));
  check(['app_token'], checkAppToken);
  check(['jira_credentials', 'url'], checkJiraUrl);
  check(['jira_credentials', 'key'], (v, l) => {
    const impossible = impossibleToken('jira_credentials.key', v, l);
    if (impossible) return [impossible];
    const space = whitespaceIn('jira_credentials.key', v, l);
    const out: Finding[] = space ? [space] : [];
    if (v.trim() === stringAt(['app_token'])?.trim()) {
      out.push(
        finding(
          'structure.jira.key_reuses_app_token',
          'error',
          '`jira_credentials.key` is the same token as `app_token`.',
          {
            subject: 'jira_credentials.key',
            location: l,
          },
        ),
      );
    }
    return out;
  });
  check(['jira_credentials', 'user'], (v, l) => {
    const out = [checkEmail('jira_credentials.user', v, l)];
    const email = stringAt(['email']);
    if (
      email !== undefined &&
      !PLACEHOLDER.test(email) &&
      email.trim().toLowerCase() !== v.trim().toLowerCase()
    ) {
      out.push(
        finding(
          'structure.jira.user_differs',
          'notice',
          '`jira_credentials.user` is a different address from `email`.',
          { subject: 'jira_credentials.user', location: l },
        ),
      );
    }
    return out;
  });
  return findings;
}
