/**
 * Bitbucket answers an endpoint it has removed with 410 and the change that removed it ("CHANGE-2770 -
 * Functionality has been deprecated"). Never a pass and never a scope verdict: the check, and maybe
 * Entitle, relies on something that is gone.
 */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import type { BitbucketEvidence, BitbucketOptions } from '../bitbucket-evidence.js';
import { BITBUCKET_HOST } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.endpoint_removed': {
    section: 'bitbucket',
    title: 'Endpoint removed',
    cause:
      'Bitbucket answered 410 Gone, naming the change that removed the endpoint (such as CHANGE-2770, which removed four cross-workspace endpoints in 2026). What the request was to show is not proven, and Entitle may use the same endpoint.',
    fix: 'Update this action to its latest release (`@v1` follows it); if the latest still uses the endpoint, report it, naming the change. Ask Entitle whether its integration is affected.',
  },
});

export const endpointRemoved: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'No endpoint the check uses was removed',
  words,
  reports: ['bitbucket.endpoint_removed'],
  judge: (evidence) => {
    const gone = evidence.sent.filter((p) => p.removedBy !== undefined);
    if (gone.length === 0) return [];
    const changes = [...new Set(gone.map((p) => p.removedBy))].join(', ');
    const requests = gone.map((p) => p.request).join(', ');
    return [
      finding(
        'bitbucket.endpoint_removed',
        'inconclusive',
        `Bitbucket removed an endpoint this check uses (${changes}: ${requests} → 410). Entitle's use of it may be affected too; update the action.`,
        { subject: BITBUCKET_HOST, evidence: gone.map((p) => p.line) },
      ),
    ];
  },
};
