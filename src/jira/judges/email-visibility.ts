/** Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members. */
import { defineFindings, type Finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import { type JiraEvidence, type JiraOptions, usersReachable } from '../jira-evidence.js';
import type { JiraReply } from '../jira-facts.js';
import { finding as jiraFinding } from '../jira-words.js';

const { words, finding } = defineFindings({
  'jira.email_visibility': {
    section: 'jira',
    title: 'Email visibility',
    cause:
      "Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members (the token owner excluded: its own email is always visible to itself).",
    fix: "Emails are hidden by users' profile visibility; an organization admin can change it for managed accounts.",
  },
});

/** How many of the sampled members came back with an email address. */
function visibility(
  users: NonNullable<JiraReply['users']>,
  sample: readonly string[],
  init: { evidence: string[] },
): Finding {
  const found = users.filter((u) => sample.includes(u.accountId));
  const withEmail = found.filter((u) => (u.emailAddress ?? '') !== '').length;
  if (withEmail === 0) {
    return finding(
      'jira.email_visibility',
      'warning',
      `None of the ${found.length} sampled Bitbucket members came back with an email address, so Entitle cannot match them by email.`,
      {
        ...init,
        fix: "Emails are hidden by each user's profile visibility. An organization admin can make them visible (admin.atlassian.com → the managed accounts' profile visibility), or users can set email visibility to Anyone.",
      },
    );
  }
  // Informational on a healthy run: a pass (in the summary), not a notice on every run.
  return finding(
    'jira.email_visibility',
    'pass',
    `${withEmail} of ${found.length} sampled Bitbucket members have an email address visible to the account; the others' profile visibility hides it.`,
    {
      ...init,
      fix: 'Members without a visible email cannot be matched by Entitle; their profile visibility hides it.',
    },
  );
}

function judgeEmailVisibility(evidence: JiraEvidence): Finding[] {
  if (!usersReachable(evidence) || evidence.emails === undefined) return [];
  const { sample, lookup } = evidence.emails;
  if (lookup === undefined) {
    return [
      finding(
        'jira.email_visibility',
        'notice',
        'Email visibility was not checked: no Bitbucket workspace members other than the token owner were available to sample.',
        {
          fix: 'Nothing to do unless email matching matters; the Bitbucket findings say why no members were read.',
        },
      ),
    ];
  }
  const init = { evidence: [lookup.line] };
  if (lookup.failedLogin) {
    return [
      jiraFinding('jira.auth', 'error', 'Jira rejected the credentials on the user lookup.', {
        ...init,
        subject: 'jira_credentials.key',
      }),
    ];
  }
  const users = lookup.users;
  if (!users) {
    const unjudged = cannotJudge(finding, 'jira.email_visibility', lookup, init);
    if (unjudged) return [unjudged];
    const status = lookup.status ?? '?';
    return [
      finding('jira.email_visibility', 'warning', `Jira did not return the sampled users (HTTP ${status}).`, {
        ...init,
        fix: 'Reading users by account id needs the account to have access to Jira on this site: check its product access (admin.atlassian.com → Products → Jira → Users), then run again.',
      }),
    ];
  }
  return [visibility(users, sample, init)];
}

export const emailVisibility: Judge<JiraEvidence, JiraOptions> = {
  name: "Jira shows the sampled members' email addresses",
  words,
  reports: ['jira.email_visibility', 'jira.auth'],
  judge: judgeEmailVisibility,
};
