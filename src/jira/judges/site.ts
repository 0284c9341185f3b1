/** Whether jira_credentials.url is a live Jira Cloud site; checked without sending credentials. */
import { allowlistFix } from '../../entitle.js';
import { type Finding, finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../network.js';
import { type JiraEvidence, lineOf, redirectOf, siteState } from '../evidence.js';

function judgeSite(evidence: JiraEvidence): Finding[] {
  const { origin, host, tenant, myself } = evidence;
  const init = { subject: 'jira_credentials.url', evidence: [lineOf(tenant)] };
  switch (siteState(evidence)) {
    case 'moved': {
      const moved = redirectOf(tenant.outcome) ?? redirectOf(myself.outcome);
      if (moved?.kind !== 'site') {
        return [
          finding(
            'jira.site',
            'error',
            `The Jira site ${origin} redirected to another host, which is not a Jira Cloud site; the credentials were not sent there.`,
            {
              ...init,
              fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
            },
          ),
        ];
      }
      return [
        finding(
          'jira.site',
          'error',
          `The Jira site ${origin} redirects to ${moved.origin}; it was probably renamed. The credentials were not sent there.`,
          {
            ...init,
            fix: `If ${moved.origin} is your Jira site, set jira_credentials.url to ${moved.origin}.`,
          },
        ),
      ];
    }
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
            evidence: [...init.evidence, lineOf(evidence.myself)],
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
      return [cannotJudge('jira.site', tenant, { ...init, fallback: `Could not reach ${host}.` }) as Finding];
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

export const site: Judge<JiraEvidence> = {
  name: 'jira_credentials.url is a live Jira Cloud site',
  reports: ['jira.site'],
  judge: judgeSite,
};
