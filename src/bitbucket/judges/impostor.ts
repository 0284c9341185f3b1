/** A success that is not Bitbucket's own JSON answer: something answered in its place. */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, isImpostor } from '../bitbucket-evidence.js';
import { BITBUCKET_HOST } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.impostor': {
    section: 'bitbucket',
    title: 'Answer not from Bitbucket',
    cause:
      'A request was answered with success but not with Bitbucket’s JSON (for example an HTML sign-in page): a captive portal, an intercepting proxy or a sign-in gateway answered in Bitbucket’s place. Such an answer proves nothing.',
    fix: `Check what stands between the runner and ${BITBUCKET_HOST} (proxy, firewall, network sign-in); the runner must reach Bitbucket itself. Then run again.`,
  },
});

export const impostor: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Every success came from Bitbucket',
  words,
  reports: ['bitbucket.impostor'],
  judge: (evidence) => {
    const answered = evidence.sent.filter(isImpostor);
    if (answered.length === 0) return [];
    const html = answered.some((p) => p.html);
    return [
      finding(
        'bitbucket.impostor',
        'inconclusive',
        `Something answered in Bitbucket's place: ${answered.length === 1 ? 'a request' : `${answered.length} requests`} came back with success but ${html ? 'an HTML page' : 'not Bitbucket’s JSON'} (a captive portal, a sign-in page or an intercepting proxy). Such answers prove nothing.`,
        { subject: BITBUCKET_HOST, evidence: answered.map((p) => p.line) },
      ),
    ];
  },
};
