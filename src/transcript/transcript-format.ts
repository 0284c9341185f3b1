/**
 * The transcript format: what Bitbucket and Jira answered in a run, safe to attach to a public issue,
 * and replayable offline. Versioned and documented in docs/transcripts.md.
 */
import { z } from 'zod';
import { isSlug } from '../bitbucket/identifiers.js';
import { nestingDepth } from '../net/json-depth.js';
import { STRUCTURE_WORDS } from '../structure/check-structure.js';

export const TRANSCRIPT_FORMAT = 1;

const entrySchema = z.object({
  method: z.string(),
  host: z.string(),
  path: z.string(),
  durationMs: z.number(),
  outcome: z.string(),
  status: z.number().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  bodyKind: z.string().optional(),
});
export type TranscriptEntry = z.infer<typeof entrySchema>;

const verdictSchema = z.object({
  id: z.string(),
  severity: z.string(),
  message: z.string(),
  subject: z.string().optional(),
});

export const transcriptSchema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.string(),
  options: z.record(z.string(), z.unknown()),
  /** The run's day, against which recorded expiries were judged; absent in older transcripts. */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The document's own findings (no values in them), replayed as they were. */
  structure: z.array(verdictSchema),
  /** Whether the document had jira_credentials, and whether they had structure errors. */
  document: z.object({ jira: z.boolean(), jiraRejected: z.boolean() }),
  requests: z.array(entrySchema),
  verdict: z
    .object({ status: z.string(), findings: z.array(z.object({ id: z.string(), severity: z.string() })) })
    .optional(),
});
export type Transcript = z.infer<typeof transcriptSchema>;

const MAX_TRANSCRIPT_DEPTH = 48;

/** A transcript read and validated; a clear reason when it is not one. */
export function parseTranscript(
  text: string,
): { ok: true; transcript: Transcript } | { ok: false; reason: string } {
  // A transcript nests a few levels past the answers it holds (each at most MAX_JSON_DEPTH deep).
  if (nestingDepth(text) > MAX_TRANSCRIPT_DEPTH)
    return { ok: false, reason: 'it nests deeper than a transcript does' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const format =
    typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format === undefined) {
    return {
      ok: false,
      reason:
        "it is not a transcript: a transcript is the file a run writes with --record, or with the action's transcript input",
    };
  }
  if (format !== TRANSCRIPT_FORMAT) {
    return { ok: false, reason: `it is in another format than this version's (format ${TRANSCRIPT_FORMAT})` };
  }
  const result = transcriptSchema.safeParse(value);
  if (result.success) {
    const problem = untrusted(result.data);
    return problem ? { ok: false, reason: problem } : { ok: true, transcript: result.data };
  }
  const issue = result.error.issues[0];
  return {
    ok: false,
    reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'not a transcript'}`,
  };
}

const SEVERITIES: ReadonlySet<string> = new Set(['pass', 'notice', 'warning', 'inconclusive', 'error']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A transcript is a file from anywhere: it is held to what a run writes. Structure findings name
 * ids this version declares (own properties only), severities from the list, one-line messages; the
 * recorded workspace is a workspace ID. The reason names what is wrong, never the value.
 */
function untrusted(transcript: Transcript): string | undefined {
  for (const [i, f] of transcript.structure.entries()) {
    if (!Object.hasOwn(STRUCTURE_WORDS, f.id))
      return `structure.${i}.id: not a structure finding of this version`;
    if (!SEVERITIES.has(f.severity)) return `structure.${i}.severity: not a severity`;
    if (NOT_ONE_LINE.test(f.message) || NOT_ONE_LINE.test(f.subject ?? '')) {
      return `structure.${i}: a message that is not one line of text`;
    }
  }
  for (const [i, f] of (transcript.verdict?.findings ?? []).entries()) {
    if (!/^[a-z]+(\.[a-z_]+)+$/.test(f.id) || !SEVERITIES.has(f.severity))
      return `verdict.findings.${i}: not a finding`;
  }
  for (const [i, r] of transcript.requests.entries()) {
    if (r.bodyKind === 'text' && typeof r.body !== 'string')
      return `requests.${i}.body: a text body that is not text`;
  }
  const { workspace } = transcript.options;
  if (workspace !== undefined && (typeof workspace !== 'string' || !isSlug(workspace))) {
    return 'options.workspace: not a workspace ID';
  }
  return undefined;
}
