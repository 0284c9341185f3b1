/**
 * What each string a check reads in a server's JSON body is, declared once, on the schema that reads
 * it (bitbucket-facts.ts, jira-facts.ts, org-tokens.ts). A transcript keeps a body by those schemas
 * and these kinds alone (transcript/body-shape.ts): a field the facts read is kept, written as what
 * it is, and a field they do not read is dropped, with nothing listed twice.
 */
import { z } from 'zod';

/** What a string field is, and so how a transcript writes it. */
export type FieldKind =
  | 'workspace'
  | 'repo'
  | 'user'
  | 'cloud'
  | 'email'
  | 'label'
  | 'type'
  | 'status'
  | 'date'
  | 'message'
  | 'scope'
  | 'next';

/** Zod's own registry (public API): the kind of each string schema the facts read. */
export const FIELD_KINDS = z.registry<{ kind: FieldKind }>();

/**
 * A string the facts read, and what it is. A check (`.regex`, `.min`) goes on the schema passed in:
 * zod's methods return a new schema, which would not carry the kind.
 */
export function field(kind: FieldKind, schema: z.ZodString = z.string()): z.ZodString {
  return schema.register(FIELD_KINDS, { kind });
}
