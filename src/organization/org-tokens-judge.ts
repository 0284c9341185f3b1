/**
 * The real expiry of the integration account's API tokens, read with an organization admin key. It
 * only adds expiry findings: it never changes the credentials' own verdict, and its failures are a
 * notice. When the account has several tokens, each is listed, and the first to expire is the one
 * warned about.
 */
import { renewalFix } from '../entitle.js';
import { defineFindings, type Finding, input, serverText } from '../findings.js';
import type { Judge } from '../judge.js';
import type { OrgToken, OrgTokensEvidence } from './org-tokens.js';

const { words, finding } = defineFindings({
  'organization.token_expiry': {
    section: 'bitbucket',
    title: 'Token expiry (organization)',
    cause: `With ${input('atlassian-org-id')} and ${input('atlassian-admin-key')}, the expiry of each active API token of the integration account, as the organization's API Access REST API reports it: a warning when the first to expire is inside ${input('expiry-warning-days')}; a notice when the tokens could not be read. It never changes the credentials' own verdict.`,
    fix: renewalFix('app_token', input('token-expires-on')),
  },
});

export interface OrgTokensOptions {
  /** Days from the run's day to a date, negative once past. */
  daysUntil: (day: string) => number;
  warningDays: number;
}

/** A label is server text: at most 40 characters, shown as a quote, never as markup. */
function shownLabel(label: string): string {
  return label.trim() === '' ? '(no label)' : serverText(label, 40);
}

/** How many tokens a finding lists: the nearest to expire; the rest are counted. */
export const LISTED_TOKENS = 5;

/** The nearest few, in the order they expire, and how many more there are. */
function listed(tokens: readonly OrgToken[], options: OrgTokensOptions): string {
  const shown = tokens
    .slice(0, LISTED_TOKENS)
    .map(
      (t) => `${shownLabel(t.label)} expires on ${t.expiresOn} (in ${options.daysUntil(t.expiresOn)} days)`,
    )
    .join('; ');
  const more = tokens.length - LISTED_TOKENS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function judgeOrgTokens(evidence: OrgTokensEvidence, options: OrgTokensOptions): Finding[] {
  const subject = 'atlassian-org-id';
  const { reply, tokens } = evidence;
  if (tokens === undefined) {
    const why = reply.fault ? reply.fault.message : `the API answered HTTP ${reply.status}`;
    return [
      finding(
        'organization.token_expiry',
        'notice',
        `The organization's API tokens could not be read: ${why}`,
        {
          subject,
          evidence: [`${reply.request} → ${reply.label}`],
          fix: `Check ${input('atlassian-org-id')} and ${input('atlassian-admin-key')}: an organization admin API key that may read API tokens (read:tokens:admin).`,
        },
      ),
    ];
  }
  const active = [...tokens]
    .filter((t) => options.daysUntil(t.expiresOn) >= 0)
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  const first = active[0];
  if (!first) {
    const message = 'The organization lists no active API token of the integration account (email).';
    return [finding('organization.token_expiry', 'notice', message, { subject })];
  }
  const count = active.length === 1 ? 'one active API token' : `${active.length} active API tokens`;
  const message = `The integration account has ${count}: ${listed(active, options)}.`;
  const soon = options.daysUntil(first.expiresOn) <= options.warningDays;
  return [finding('organization.token_expiry', soon ? 'warning' : 'pass', message, { subject })];
}

export const orgTokens: Judge<OrgTokensEvidence, OrgTokensOptions> = {
  name: "The integration account's tokens are not about to expire",
  words,
  reports: ['organization.token_expiry'],
  judge: judgeOrgTokens,
};
