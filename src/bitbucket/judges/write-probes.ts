/** Says when the impossible PUT and DELETE were not sent, so their scopes rest on the list alone. */
import { defineFindings, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../bitbucket-evidence.js';

const { words, finding } = defineFindings({
  'bitbucket.write_probes_skipped': {
    section: 'bitbucket',
    title: 'Write probes',
    cause: `${input('probe-write-scopes', 'false')}: the impossible PUT and DELETE were not sent.`,
    fix: `Set ${input('probe-write-scopes', 'true')} (the default) to prove write:permission and delete:permission by request.`,
  },
});

export const writeProbes: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The write and delete probes were sent',
  words,
  reports: ['bitbucket.write_probes_skipped'],
  judge: (_evidence, options) =>
    options.probeWriteScopes
      ? []
      : [
          finding(
            'bitbucket.write_probes_skipped',
            'notice',
            `${input('probe-write-scopes', 'false')}: write:permission and delete:permission were judged from the granted-scopes list alone.`,
          ),
        ],
};
