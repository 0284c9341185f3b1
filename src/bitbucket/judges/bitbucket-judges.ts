/**
 * The Bitbucket judges, in the order their findings are reported. Every judge after authentication
 * sees only evidence from credentials that authenticated: a 401 leaves nothing else to judge.
 */
import type { Finding } from '../../findings.js';
import { type Judge, runJudges } from '../../judge.js';
import { NETWORK_CAUSES, reachability } from '../../net/faults.js';
import { type BitbucketEvidence, type BitbucketOptions, rejected } from '../bitbucket-evidence.js';
import { accessRefusals } from './access-refusals.js';
import { authentication } from './bitbucket-auth.js';
import { credentialType } from './credential-type.js';
import { endpointRemoved } from './endpoint-removed.js';
import { extraScopesJudge } from './extra-scopes.js';
import { impostor } from './impostor.js';
import { rateBudget } from './rate-budget.js';
import { repository } from './repository.js';
import { scopes } from './scopes.js';
import { seatLimit } from './seat-limit.js';
import { tokenExpiry } from './token-expiry-bitbucket.js';
import { unexpectedAnswers } from './unexpected-answers.js';
import { workspace } from './workspace.js';
import { writeAlarm } from './write-alarm.js';
import { writeProbes } from './write-probes.js';

/** Bitbucket's host answered; when it did not, one finding names why, and the checks defer to it. */
const reachable: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket answers',
  // The network findings' words are the network's own (src/net/network-words.ts).
  words: {},
  reports: NETWORK_CAUSES,
  judge: (evidence) => reachability(evidence.sent),
};

export const bitbucketJudges: readonly Judge<BitbucketEvidence, BitbucketOptions>[] = [
  reachable,
  authentication,
  impostor,
  endpointRemoved,
  unexpectedAnswers,
  writeAlarm,
  credentialType,
  workspace,
  repository,
  writeProbes,
  seatLimit,
  accessRefusals,
  scopes,
  extraScopesJudge,
  tokenExpiry,
  rateBudget,
];

export function judgeBitbucket(evidence: BitbucketEvidence, options: BitbucketOptions): Finding[] {
  return runJudges(rejected(evidence) ? [authentication] : bitbucketJudges, evidence, options);
}
