/** Says when the impossible PUT and DELETE were not sent, so their scopes rest on the list alone. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../evidence.js';

export const writeProbes: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The write and delete probes were sent',
  reports: ['bitbucket.write_probes_skipped'],
  judge: (_evidence, options) =>
    options.probeWriteScopes
      ? []
      : [
          finding(
            'bitbucket.write_probes_skipped',
            'notice',
            'probe-write-scopes is false: write:permission and delete:permission were judged from the granted-scopes list alone.',
          ),
        ],
};
