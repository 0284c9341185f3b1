/** A success that is not Bitbucket's own JSON answer: something answered in its place. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, isImpostor, lineOf } from '../evidence.js';

export const impostor: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Every success came from Bitbucket',
  reports: ['bitbucket.impostor'],
  judge: (evidence) => {
    const answered = evidence.sent.filter(isImpostor);
    if (answered.length === 0) return [];
    const html = answered.some(
      (p) => p.outcome.kind === 'response' && /html/i.test(p.outcome.headers['content-type'] ?? ''),
    );
    return [
      finding(
        'bitbucket.impostor',
        'inconclusive',
        `Something answered in Bitbucket's place: ${answered.length === 1 ? 'a request' : `${answered.length} requests`} came back with success but ${html ? 'an HTML page' : 'not Bitbucket’s JSON'} (a captive portal, a sign-in page or an intercepting proxy). Such answers prove nothing.`,
        { subject: 'api.bitbucket.org', evidence: answered.map(lineOf) },
      ),
    ];
  },
};
