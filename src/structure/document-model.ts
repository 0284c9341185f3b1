/**
 * The integration document Entitle takes for Bitbucket Cloud: its schema, the parts the remote checks
 * use, and where in the text a value stands. No finding quotes a received value; key names are shown
 * only when they are short identifiers (anything else could be a pasted credential).
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { z } from 'zod';
import type { Finding } from '../findings.js';
import { type Location, locate, type ParsedDocument } from './parse.js';
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

export const TOP_KEYS = ['email', 'app_token', 'jira_credentials'] as const;
export const JIRA_KEYS = ['url', 'key', 'user'] as const;

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a value or key stands in the document's text, for a finding's location. */
export class Locator {
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

export function printablePath(path: string): string {
  return path.split('.').every((part) => looksLikeIdentifier(part)) ? path : '(a key not shown)';
}

/** What the structure judges read: the parsed document, its object, where each value stands. */
export interface DocumentEvidence {
  readonly document: ParsedDocument;
  readonly value: Record<string, unknown>;
  readonly where: Locator;
  /** The legacy app-password shape: its keys are not unknown, and its missing fields not reported twice. */
  readonly legacy: boolean;
}
