/**
 * A proof: what a healthy full check proved, kept in the GitHub Actions cache so that later runs with
 * the same credentials need only re-prove what can change while the credentials stay the same (that
 * the token still authenticates and the account still administers the workspace). A token's scopes
 * are fixed when it is made, and new credentials are a new fingerprint.
 *
 * A restored entry is a file anyone with push access could have written: it is trusted only when it
 * parses, is small, has this format and this fingerprint, says healthy and is young enough. Nothing
 * in it is shown: the run shows its own words, with the time it was proven.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Integration } from '../structure/document-model.js';

export const PROOF_FORMAT = 1;
export const PROOF_KEY_PREFIX = 'entitle-bitbucket-check-proof-';
/** A proof is a report of a dozen findings: a few KiB. Anything larger is not one. */
export const MAX_PROOF_BYTES = 256 * 1024;

/** SHA-256 over the format, the credentials and the workspace input, cut to 32 hex characters. */
export function proofFingerprint(integration: Integration, workspace: string | undefined): string {
  const material = JSON.stringify([
    PROOF_FORMAT,
    integration.email,
    integration.app_token,
    workspace ?? '',
    integration.jira_credentials ?? null,
  ]);
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

const proofSchema = z.object({
  format: z.literal(PROOF_FORMAT),
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
  provenAt: z.iso.datetime(),
  /** The run that proved it, by number: its link is made from this run's own repository. */
  runId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  /** The workspace the full check probed: the one re-proven as administered. */
  workspace: z.string().max(100).optional(),
  /** Whether jira_credentials were checked, so the same Jira request is sent again. */
  jira: z.boolean(),
  report: z.object({ status: z.literal('healthy') }).passthrough(),
});
export type Proof = z.infer<typeof proofSchema>;

export type ProofVerdict = { ok: true; proof: Proof } | { ok: false; why: string };

/** A restored entry, held to what a run writes; `why` is in the product's words, never the entry's. */
export function readProof(
  text: string | undefined,
  expected: { fingerprint: string; now: Date; maxAgeHours: number },
): ProofVerdict {
  if (text === undefined) return { ok: false, why: 'no earlier proof of these credentials was found' };
  if (Buffer.byteLength(text, 'utf8') > MAX_PROOF_BYTES)
    return { ok: false, why: 'the cached proof is too large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: 'the cached proof is not JSON' };
  }
  const parsed = proofSchema.safeParse(value);
  if (!parsed.success) return { ok: false, why: 'the cached entry is not a healthy proof of this format' };
  const proof = parsed.data;
  if (proof.fingerprint !== expected.fingerprint)
    return { ok: false, why: 'the cached proof is of other credentials' };
  const age = expected.now.getTime() - Date.parse(proof.provenAt);
  if (age < 0) return { ok: false, why: 'the cached proof is dated in the future' };
  if (age > expected.maxAgeHours * 3_600_000)
    return { ok: false, why: `the last full proof is older than ${expected.maxAgeHours} hours` };
  return { ok: true, proof };
}

/** The proof of a healthy full run, as it is saved. */
export function makeProof(fields: Omit<Proof, 'format'>): string {
  return JSON.stringify({ format: PROOF_FORMAT, ...fields });
}

/** Where a run keeps and finds proofs: the Actions cache in the action; nowhere in the CLI. */
export interface ProofStore {
  /** The newest entry for the fingerprint, as text; undefined when there is none. Never throws. */
  restore(fingerprint: string, deadlineAt: number): Promise<{ text?: string; fault?: string }>;
  /** Saves the proof under the fingerprint; a fault is returned, never thrown. */
  save(fingerprint: string, text: string, deadlineAt: number): Promise<{ fault?: string }>;
  /** The run's number, for the proof's link. */
  runId?: string;
  /** The link to a run by its number, in this repository. */
  runLink?: (runId: string) => string;
}
