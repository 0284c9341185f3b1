/**
 * Bitbucket counts authenticated requests per account over a rolling hour, and Entitle spends the
 * same account's budget. When an answer says the budget is nearly spent (`X-RateLimit-NearLimit`),
 * one warning says so: the check must never be what makes Entitle hit a 429.
 */
import { defineFindings, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../bitbucket-evidence.js';

const { words, finding } = defineFindings({
  'bitbucket.rate_budget': {
    section: 'bitbucket',
    title: 'Request budget',
    cause:
      "Bitbucket said the account's hourly request budget is nearly spent (X-RateLimit-NearLimit). Entitle spends the same budget, so its requests may soon be refused (429) for up to an hour.",
    fix: `Run this check less often, or set ${input('reuse-proof-hours')} (say, 24) so that gated runs send one Bitbucket request; find what else spends this account's requests.`,
  },
});

export const rateBudget: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: "The account's hourly request budget is not nearly spent",
  words,
  reports: ['bitbucket.rate_budget'],
  judge: (evidence) => {
    const near = evidence.sent.find((p) => p.nearLimit);
    if (!near) return [];
    return [
      finding(
        'bitbucket.rate_budget',
        'warning',
        "Bitbucket said this account's hourly request budget is nearly spent; Entitle shares it.",
        { evidence: [`${near.line} (X-RateLimit-NearLimit: true)`] },
      ),
    ];
  },
};
