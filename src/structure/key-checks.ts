/**
 * Keys the document should not have: unknown ones (with the key most likely meant) and duplicates. A
 * key is named only when it is a plain identifier: anything else could be a pasted credential.
 */
import { closest, distance } from 'fastest-levenshtein';
import { defineFindings, type Finding } from '../findings.js';
import type { Judge } from '../judge.js';
import {
  type DocumentEvidence,
  isPlainObject,
  JIRA_KEYS,
  type Locator,
  printablePath,
  TOP_KEYS,
} from './document-model.js';
import { describeLocation, type ParsedDocument } from './parse.js';
import { looksLikeIdentifier } from './secrets.js';

const { words, finding } = defineFindings({
  'structure.unknown_key': {
    section: 'structure',
    title: 'Unknown key',
    cause: 'The document has a key that Entitle does not read; often a misspelt field.',
    fix: 'Rename or remove the key.',
  },
  'structure.duplicate_key': {
    section: 'structure',
    title: 'Duplicate key',
    cause: 'A key appears twice in one object; readers disagree on which value wins.',
    fix: 'Keep one occurrence of the key.',
  },
});

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
export function nearMissFor(parent: unknown, missing: string): string | undefined {
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

function duplicateKeys(document: ParsedDocument): Finding[] {
  return document.duplicateKeys.map((duplicate) =>
    finding(
      'structure.duplicate_key',
      'warning',
      `A key appears more than once in the same object (${describeLocation(duplicate.location)}); readers disagree on which value counts.`,
      { subject: printablePath(duplicate.path), location: duplicate.location },
    ),
  );
}

/** Keys Entitle does not read (the legacy shape's own excepted), and keys given twice. */
export const documentKeys: Judge<DocumentEvidence> = {
  name: 'The document has only the keys Entitle reads, each once',
  words,
  reports: ['structure.unknown_key', 'structure.duplicate_key'],
  judge: ({ document, value, where, legacy }) => {
    const jira = value.jira_credentials;
    return [
      ...unknownKeys(value, TOP_KEYS, TOP_ALIASES, [], where, legacy ? ['app_password', 'user'] : []),
      ...duplicateKeys(document),
      ...(isPlainObject(jira)
        ? unknownKeys(jira, JIRA_KEYS, JIRA_ALIASES, ['jira_credentials'], where, [])
        : []),
    ];
  },
};
