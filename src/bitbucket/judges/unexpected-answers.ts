/**
 * An answer no check explains is never passed over: each request's plan names the error statuses its
 * judge reads; any other is reported, inconclusive, described by status and body kind only (an HTML
 * page can embed the caller's profile and a web token, so no part of a body is ever repeated).
 */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../bitbucket-evidence.js';
import type { BitbucketProbe } from '../bitbucket-facts.js';
import { BITBUCKET_HOST, probes } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.unexpected_answer': {
    section: 'bitbucket',
    title: 'Unexpected answer',
    cause:
      'Bitbucket answered a request with a status no check of this action expects there (say, a 404 on a repository the account was just listed as administering, or an HTML page): what the request was to show is not proven, whatever the granted-scopes list says. Only the status and the kind of body are shown.',
    fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it with the finding: Bitbucket may have changed how it answers.',
  },
  'bitbucket.unproven_request': {
    section: 'bitbucket',
    title: 'Request not proven',
    cause:
      'A request was answered with something that proves nothing (HTTP 429, a 5xx, a body over 1 MiB) and no other check reports it: what it was to show is not proven, whatever the granted-scopes list says.',
    fix: 'Run again later; the message says what to check.',
  },
});

/** Answers that prove nothing, on a request whose own judge does not read every answer. */
function unproven(p: BitbucketProbe): boolean {
  return p.fault?.kind === 'proves-nothing' && probes[p.id].explained !== 'any';
}

/** Judged elsewhere: success (impostor, scopes), faults, a removed endpoint, a refusal after sign-in. */
function explained(p: BitbucketProbe): boolean {
  const { status } = p;
  if (status === undefined || p.fault || (status >= 200 && status < 300) || status === 410) return true;
  if (status === 401 && probes[p.id].refusalJudged) return true;
  const statuses = probes[p.id].explained;
  return statuses === 'any' || statuses.includes(status);
}

export const unexpectedAnswers: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Every answer is one a check explains',
  words,
  reports: ['bitbucket.unexpected_answer', 'bitbucket.unproven_request'],
  judge: (evidence) => [...unexpectedFindings(evidence.sent), ...unprovenFindings(evidence.sent)],
};

/** One finding for every answer no check expects; the first is named, all are in the evidence. */
function unexpectedFindings(sent: readonly BitbucketProbe[]) {
  const unexpected = sent.filter((p) => !explained(p));
  const [first] = unexpected;
  if (!first) return [];
  const what = `${first.status} (${first.bodyShown}) to ${first.request}`;
  const more = unexpected.length > 1 ? `, and ${unexpected.length - 1} more such answers` : '';
  return [
    finding(
      'bitbucket.unexpected_answer',
      'inconclusive',
      `Bitbucket answered ${what}${more}: no check of this action explains that answer, so what the request was to show is not proven.`,
      { subject: BITBUCKET_HOST, evidence: unexpected.map((p) => `${p.line} (${p.bodyShown})`) },
    ),
  ];
}

/** Each fault that proves nothing and that no other check reports, with its own reason and fix. */
function unprovenFindings(sent: readonly BitbucketProbe[]) {
  return sent.filter(unproven).map((p) => {
    const fault = p.fault as Extract<BitbucketProbe['fault'], { kind: 'proves-nothing' }>;
    return finding(
      'bitbucket.unproven_request',
      'inconclusive',
      `${fault.message} What ${p.request} was to show is not proven.`,
      {
        subject: BITBUCKET_HOST,
        evidence: [p.line],
        fix: fault.fix,
      },
    );
  });
}
