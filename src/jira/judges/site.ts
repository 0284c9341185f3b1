/** Whether jira_credentials.url is a live Jira Cloud site; checked without sending credentials. */
import { allowlistFix } from '../../entitle.js';
import { defineFindings, type Finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import { type JiraEvidence, type JiraOptions, siteState } from '../jira-evidence.js';

const { words, finding } = defineFindings({
  'jira.site': {
    section: 'jira',
    title: 'Jira site',
    cause:
      'Whether jira_credentials.url is a live Jira Cloud site (checked without credentials): missing, renamed (a redirect, never followed), not an Atlassian site, or a site without Jira (its REST API answers 404 marked atl-missing-tcs: Jira was removed or never added).',
    fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
  },
});

/** A redirect is never followed: to a Jira Cloud site, it was probably renamed; anywhere else, it is wrong. */
function moved(evidence: JiraEvidence, init: { subject: string; evidence: string[] }): Finding {
  const { origin, tenant, myself } = evidence;
  const to = tenant.redirect ?? myself.redirect;
  if (to?.kind !== 'site') {
    return finding(
      'jira.site',
      'error',
      `The Jira site ${origin} redirected to another host, which is not a Jira Cloud site; the credentials were not sent there.`,
      {
        ...init,
        fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
      },
    );
  }
  return finding(
    'jira.site',
    'error',
    `The Jira site ${origin} redirects to ${to.origin}; it was probably renamed. The credentials were not sent there.`,
    { ...init, fix: `If ${to.origin} is your Jira site, set jira_credentials.url to ${to.origin}.` },
  );
}

function judgeSite(evidence: JiraEvidence): Finding[] {
  const { origin, host, tenant } = evidence;
  const init = { subject: 'jira_credentials.url', evidence: [tenant.line] };
  switch (siteState(evidence)) {
    case 'moved':
      return [moved(evidence, init)];
    case 'missing':
      return [
        finding('jira.site', 'error', `There is no Jira Cloud site at ${origin}.`, {
          ...init,
          fix: 'Check the site name: it is the address you open Jira with, https://<site>.atlassian.net.',
        }),
      ];
    case 'no-jira':
      return [
        finding(
          'jira.site',
          'error',
          `${origin} is an Atlassian site, but it has no Jira: its REST API answers 404 marked atl-missing-tcs (Jira was removed from the site, or never added).`,
          {
            ...init,
            evidence: [...init.evidence, evidence.myself.line],
            fix: 'Set jira_credentials.url to the site where your Jira is (the address you open Jira with), or add Jira to this site; without Jira, remove jira_credentials.',
          },
        ),
      ];
    case 'refused':
      return [
        finding(
          'jira.site',
          'inconclusive',
          `${origin} refused the site request; it may allow access only from listed IP addresses.`,
          { ...init, fix: allowlistFix('the Jira site') },
        ),
      ];
    case 'unreachable':
      return [
        cannotJudge(finding, 'jira.site', tenant, {
          ...init,
          fallback: `Could not reach ${host}.`,
        }) as Finding,
      ];
    case 'not-atlassian':
      return [
        finding('jira.site', 'error', `${origin} did not answer as an Atlassian Cloud site does.`, {
          ...init,
          fix: 'Set jira_credentials.url to your Jira Cloud site, https://<site>.atlassian.net.',
        }),
      ];
    case 'live':
      return [finding('jira.site', 'pass', `${origin} is a Jira Cloud site.`, init)];
  }
}

export const site: Judge<JiraEvidence, JiraOptions> = {
  name: 'jira_credentials.url is a live Jira Cloud site',
  words,
  reports: ['jira.site'],
  judge: judgeSite,
};
