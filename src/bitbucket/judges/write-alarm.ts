/**
 * The permission PUT and DELETE are built so they cannot succeed. If one does, it is not proof of a
 * scope but an alarm: something accepted a permission change in the customer's repository.
 */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, lineOf } from '../evidence.js';

export const writeAlarm: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'No write probe succeeded',
  reports: ['bitbucket.write_probe_succeeded'],
  judge: (evidence) =>
    evidence.sent
      .filter((p) => p.id === 'write-permission' || p.id === 'delete-permission')
      .filter((p) => p.outcome.kind === 'response' && p.outcome.status >= 200 && p.outcome.status < 300)
      .map((p) =>
        finding(
          'bitbucket.write_probe_succeeded',
          'error',
          `The ${p.id === 'write-permission' ? 'write' : 'delete'} probe succeeded: a permission may have changed on ${evidence.workspace}/${evidence.repository}; check its user permissions.`,
          { subject: `${evidence.workspace}/${evidence.repository}`, evidence: [lineOf(p)] },
        ),
      ),
};
