/**
 * What a transcript keeps of a JSON body: the fields the facts read, each as what it is, derived
 * from the facts' own zod schemas (bitbucket-facts.ts, jira-facts.ts, org-tokens.ts) and the kinds
 * they declare (net/body-fields.ts). A key no schema names is dropped, whatever its value; a value of
 * the wrong JSON type becomes null, which fails the facts' schemas exactly as the original did, so a
 * replay reads the same facts.
 */
import { BITBUCKET_BODIES } from '../bitbucket/bitbucket-facts.js';
import { ACCOUNT_ID, isSlug } from '../bitbucket/identifiers.js';
import type { FieldKind } from '../net/body-fields.js';
import { CLOUD_ID, JIRA_BODIES } from '../jira/jira-facts.js';
import { ORG_TOKENS_BODIES } from '../organization/org-tokens.js';
import type { Pseudonyms } from './pseudonyms.js';
import { keptMessage } from './server-messages.js';
import { type Leaf, type Shape, shapeOfBodies } from './schema-shape.js';
import { knownDate, knownScopes, knownStatus, knownType } from './vocabularies.js';

/** The union of every body the checks read; one page item covers every kind of page. */
export const BODY_SHAPE: Shape = shapeOfBodies([...BITBUCKET_BODIES, ...JIRA_BODIES, ...ORG_TOKENS_BODIES]);

/** An identifier the checks would refuse stays refused: it is never turned into a usable pseudonym. */
const USABLE: Record<'workspace' | 'repo' | 'user' | 'cloud', (value: string) => boolean> = {
  workspace: isSlug,
  repo: isSlug,
  user: (value) => ACCOUNT_ID.test(value),
  cloud: (value) => CLOUD_ID.test(value),
};
function identifier(kind: keyof typeof USABLE, value: string, names: Pseudonyms): string {
  return USABLE[kind](value) ? names.of(kind, value) : '(an unusable id)';
}

function stringLeaf(
  leaf: FieldKind,
  value: string,
  names: Pseudonyms,
  link: (url: string) => string,
): string {
  // An empty string names nobody, and some schemas refuse it: it stays empty.
  if (value === '') return '';
  switch (leaf) {
    case 'workspace':
    case 'repo':
    case 'user':
    case 'cloud':
      return identifier(leaf, value, names);
    case 'email':
      return names.of('email', value.toLowerCase());
    case 'label':
      return names.of('label', value);
    case 'type':
      return knownType(value);
    case 'status':
      return knownStatus(value);
    case 'date':
      return knownDate(value);
    case 'message':
      return keptMessage(value);
    case 'scope':
      return knownScopes(value) || '(another scope)';
    case 'next':
      return link(value);
  }
}

function leafValue(leaf: Leaf, value: unknown, names: Pseudonyms, link: (url: string) => string): unknown {
  if (leaf === 'boolean' || leaf === 'number') return typeof value === leaf ? value : null;
  return typeof value === 'string' ? stringLeaf(leaf, value, names, link) : null;
}

/**
 * The body as the schema keeps it. The schema's own depth bounds the walk, so a body nested
 * thousands deep costs nothing.
 */
export function keptBody(
  value: unknown,
  names: Pseudonyms,
  link: (url: string) => string,
  shape: Shape = BODY_SHAPE,
): unknown {
  if (typeof shape === 'string') return leafValue(shape as Leaf, value, names, link);
  if (Array.isArray(shape)) {
    return Array.isArray(value) ? value.map((item) => keptBody(item, names, link, shape[0])) : null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(shape as Record<string, Shape>)) {
    // Own properties only: a body's `constructor` is not Object.prototype's.
    if (Object.hasOwn(value, key))
      kept[key] = keptBody((value as Record<string, unknown>)[key], names, link, inner);
  }
  return kept;
}
