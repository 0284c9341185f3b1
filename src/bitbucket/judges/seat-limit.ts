/**
 * The permission write may answer 402 when the workspace's plan has no free seat: Entitle could not
 * grant access to anyone new. A warning with that cause; the write scope's verdict comes from the
 * other evidence (a 402 proves no scope either way).
 */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, probed } from '../bitbucket-evidence.js';

const { words, finding } = defineFindings({
  'bitbucket.seat_limit': {
    section: 'bitbucket',
    title: 'Plan seat limit',
    cause:
      "The permission write was answered 402: the workspace's plan has no free seat (its user limit), so Entitle could not grant access to anyone who is not already a member.",
    fix: "Free a seat or raise the plan's user limit (Workspace settings → Plan details), then run again.",
  },
});

export const seatLimit: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: "The workspace's plan has a free seat",
  words,
  reports: ['bitbucket.seat_limit'],
  judge: (evidence) => {
    const write = probed(evidence, 'write-permission');
    if (write?.status !== 402) return [];
    return [
      finding(
        'bitbucket.seat_limit',
        'warning',
        `Bitbucket answered the permission write with 402: workspace ${evidence.workspace}'s plan has no free seat, so Entitle could not grant access to anyone new.`,
        { subject: evidence.workspace ?? 'workspace', evidence: [write.line] },
      ),
    ];
  },
};
