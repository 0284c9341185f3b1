/** What a healthy full run sends, counted from the plans: a test's expected counts are never literals. */
import { probes } from '../../src/bitbucket/plan.js';
import { JIRA_PLAN } from '../../src/jira/gather-jira.js';

/** Every Bitbucket request of the plan, once (one page of workspaces; the write probes on). */
export const BITBUCKET_REQUESTS = Object.keys(probes).length;
/** Jira's requests but the gateway's, which is sent only after the site refuses the key. */
export const JIRA_REQUESTS = JIRA_PLAN.filter((r) => r.sent !== 'after-rejection').length;
