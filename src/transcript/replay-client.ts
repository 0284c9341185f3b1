/**
 * Replays a transcript: an HTTP client that answers each request from what was recorded, with no
 * network. Requests are matched by method, host and path as the transcript writes them; the values in
 * a replayed run are the transcript's pseudonyms already, so they are matched as they are. Of the
 * attempts of one request, the last is what the checks saw. A request the transcript lacks is
 * answered "not recorded", which leaves the checks that need it not checked.
 */

import { describeNetworkCode, NOT_RECORDED } from '../net/network-codes.js';
import {
  type HttpClient,
  type HttpOutcome,
  type HttpRequest,
  networkCodeOfLabel,
  REQUEST_TIMEOUT_MS,
} from '../net/outcome.js';
import { Pseudonyms, requestKey } from './pseudonyms.js';
import type { Transcript, TranscriptEntry } from './transcript-format.js';

/** Names that are already pseudonyms: every value stands for itself. */
class AsRecorded extends Pseudonyms {
  override of(_kind: string, value: string): string {
    return value;
  }
}

function outcomeOf(entry: TranscriptEntry): HttpOutcome {
  const code = networkCodeOfLabel(entry.outcome);
  if (code) {
    return { kind: 'network', attempts: 1, code, description: describeNetworkCode(code) };
  }
  if (entry.outcome === 'timeout') return { kind: 'timeout', attempts: 1, timeoutMs: REQUEST_TIMEOUT_MS };
  if (entry.outcome !== 'response') return { kind: 'deadline', attempts: 1 };
  const kind = entry.bodyKind ?? 'empty';
  const body =
    kind === 'json'
      ? ({ kind: 'json', value: entry.body } as const)
      : kind === 'text'
        ? ({ kind: 'text', text: String(entry.body ?? '') } as const)
        : ({ kind: kind === 'too-large' || kind === 'invalid-json' ? kind : 'empty' } as const);
  return { kind: 'response', status: entry.status ?? 0, headers: entry.headers ?? {}, body, attempts: 1 };
}

export function createReplayClient(
  transcript: Transcript,
  bitbucketTemplates: readonly string[],
): HttpClient {
  const names = new AsRecorded();
  // A transcript is a file from anywhere: its version is named only when it is a version number.
  const recordedBy = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(transcript.version)
    ? `version ${transcript.version}`
    : 'another version';
  const recorded = new Map<string, TranscriptEntry>();
  // The last attempt of each request is what the checks saw; earlier ones were retried.
  for (const entry of transcript.requests) recorded.set(`${entry.method} ${entry.host}${entry.path}`, entry);
  return {
    async send(request: HttpRequest) {
      const { host, path } = requestKey(request, bitbucketTemplates, names);
      const entry = recorded.get(`${request.method} ${host}${path}`);
      if (!entry)
        return {
          kind: 'network',
          attempts: 1,
          code: NOT_RECORDED,
          description: `the transcript was recorded by ${recordedBy}`,
        };
      return outcomeOf(entry);
    },
  };
}
