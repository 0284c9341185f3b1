/**
 * Records each attempt of a run as it ends, for a transcript: the request with its identifiers named,
 * the answer redacted. Whatever is left is scrubbed of the credentials in every form when the
 * transcript is made.
 */
import { type HttpOutcome, type HttpRequest, outcomeLabel } from '../net/outcome.js';
import type { Scrubber } from '../scrub.js';
import { VERSION } from '../version.js';
import { Pseudonyms, requestKey } from './pseudonyms.js';
import { redactBody, redactHeaders } from './redaction.js';
import { TRANSCRIPT_FORMAT, type Transcript, type TranscriptEntry } from './transcript-format.js';

export interface Recorder {
  /** Never throws: a step that fails leaves the transcript marked incomplete, never the run broken. */
  record(request: HttpRequest, outcome: HttpOutcome, durationMs: number): void;
  /** Why the transcript could not be kept whole, if a recording step failed. */
  readonly failure: string | undefined;
  transcript(context: Omit<Transcript, 'format' | 'version' | 'requests'>, scrub: Scrubber): Transcript;
  names: Pseudonyms;
}

/** Records each attempt as it ends; nothing is kept of it but what the transcript shows. */
export function createRecorder(bitbucketTemplates: readonly string[]): Recorder {
  const names = new Pseudonyms();
  const requests: TranscriptEntry[] = [];
  let failure: string | undefined;
  const entryOf = (request: HttpRequest, outcome: HttpOutcome, durationMs: number): TranscriptEntry => {
    const { host, path } = requestKey(request, bitbucketTemplates, names);
    const entry: TranscriptEntry = {
      method: request.method,
      host,
      path,
      durationMs,
      outcome: outcome.kind === 'network' ? outcomeLabel(outcome) : outcome.kind,
    };
    if (outcome.kind === 'response') {
      Object.assign(entry, {
        status: outcome.status,
        headers: redactHeaders(outcome.headers, names),
        ...redactBody(outcome, request.url, names, bitbucketTemplates),
      });
    }
    return entry;
  };
  return {
    names,
    get failure() {
      return failure;
    },
    record(request, outcome, durationMs) {
      // Runs inside the HTTP client's outcome callback: whatever a server sent, it must not throw.
      try {
        requests.push(entryOf(request, outcome, durationMs));
      } catch (error) {
        failure ??= error instanceof Error ? error.name : 'error';
      }
    },
    transcript(context, scrub) {
      const text = JSON.stringify({ format: TRANSCRIPT_FORMAT, version: VERSION, ...context, requests });
      // The last line of defence: any credential, in any form, still in it is scrubbed.
      return JSON.parse(scrub(text)) as Transcript;
    },
  };
}
