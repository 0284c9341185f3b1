/**
 * The permission PUT and DELETE are built so they cannot succeed. If one does, it is not proof of a
 * scope but an alarm: something accepted a permission change in the customer's repository.
 */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../bitbucket-evidence.js';
import { probes } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.write_probe_succeeded': {
    section: 'bitbucket',
    title: 'Write probe succeeded',
    cause:
      'The permission PUT or DELETE, built so that it cannot succeed (a random user id and an invalid permission), was answered with success: something in Bitbucket’s place accepted it, or the service changed. A permission may have changed.',
    fix: "Check the repository's user permissions (Repository settings → Repository permissions) for anything you do not recognise, and report this with the details: a write probe must never succeed.",
  },
});

export const writeAlarm: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'No write probe succeeded',
  words,
  reports: ['bitbucket.write_probe_succeeded'],
  judge: (evidence) =>
    evidence.sent
      .filter((p) => probes[p.id].writeScope !== undefined)
      .filter((p) => p.status !== undefined && p.status >= 200 && p.status < 300)
      .map((p) =>
        finding(
          'bitbucket.write_probe_succeeded',
          'error',
          `The ${p.id === 'write-permission' ? 'write' : 'delete'} probe succeeded: a permission may have changed on ${evidence.workspace}/${evidence.repository}; check its user permissions.`,
          { subject: `${evidence.workspace}/${evidence.repository}`, evidence: [p.line] },
        ),
      ),
};
