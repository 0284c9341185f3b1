/** The Jira checks (gathering and judges together) against the simulator, named by finding id. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type Finding } from '../../src/findings.js';
import { checkJira } from '../../src/jira/check-jira.js';
import { createHttpClient } from '../../src/net/client.js';
import type { JiraCredentials } from '../../src/structure/document-model.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN } from '../support/documents.js';
import { defaultJiraSites, JIRA_HOST, type JiraSite } from '../support/jira-sim.js';

const credentials: JiraCredentials = {
  url: `https://${JIRA_HOST}`,
  key: FAKE_JIRA_KEY,
  user: 'integration@example.com',
};
const members = [1, 2, 3, 4].map((n) => `557058:00000000-0000-0000-0000-00000000000${n}`);

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

async function run(change: (site: JiraSite) => void = () => {}, creds: Partial<JiraCredentials> = {}) {
  const sites = defaultJiraSites(FAKE_JIRA_KEY);
  change(sites[0] as JiraSite);
  cloud.jira.reset(sites);
  const http = createHttpClient({
    dispatcher: cloud.dispatcher(),
    deadline: Date.now() + 20_000,
    requestTimeoutMs: 5_000,
    maxRetries: 0,
    userAgent: 'entitle-bitbucket-check/test',
    log: () => {},
  });
  return checkJira({ ...credentials, ...creds }, { http, memberAccountIds: Promise.resolve(members) });
}

const get = (findings: Finding[], id: string) => findings.find((f) => f.id === id);

describe('Jira checks', () => {
  it('pass for healthy credentials, with the email ratio over members other than the owner', async () => {
    const findings = await run();
    expect(findings.filter((f) => f.severity !== 'pass' && f.severity !== 'notice')).toEqual([]);
    expect(get(findings, 'jira.email_visibility')?.message).toBe(
      "2 of 3 sampled Bitbucket members have an email address visible to the account; the others' profile visibility hides it.",
    );
    // No expiry recorded: nothing about it in the findings (the summary says how to record it).
    expect(get(findings, 'jira.token_expiry')).toBeUndefined();
    expect(buildReport(findings).status).toBe('healthy');
    const bulk = cloud.jira.requests.find((r) => r.path === '/rest/api/3/user/bulk');
    expect(bulk?.query).not.toContain(encodeURIComponent(members[0] as string));
    // The site check carries no credentials.
    expect(cloud.jira.requests.find((r) => r.path === '/_edge/tenant_info')?.withCredentials).toBe(false);
  });

  it('jira.site: reports a missing site', async () => {
    const findings = await run(() => {}, { url: 'https://no-such-site.atlassian.net' });
    expect(get(findings, 'jira.site')).toMatchObject({ severity: 'error' });
    expect(get(findings, 'jira.site')?.message).toMatch(/no Jira Cloud site/);
    expect(get(findings, 'jira.auth')).toBeUndefined();
  });

  it('jira.site: reports a renamed site, naming the new origin, and sends it nothing', async () => {
    const findings = await run((s) => {
      s.renamedTo = 'https://renamed.atlassian.net';
    });
    const site = get(findings, 'jira.site');
    expect(site?.severity).toBe('error');
    expect(site?.message).toContain('https://renamed.atlassian.net');
    expect(cloud.jira.requests.filter((r) => r.host === 'renamed.atlassian.net')).toEqual([]);
  });

  it('jira.site: reports an answer that is not an Atlassian site', async () => {
    cloud.hosts.set('imposter.atlassian.net', {
      handle: async (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>');
      },
    });
    const findings = await run(() => {}, { url: 'https://imposter.atlassian.net' });
    expect(get(findings, 'jira.site')?.severity).toBe('error');
    cloud.hosts.delete('imposter.atlassian.net');
  });

  it('jira.auth: reports wrong credentials with the fix', async () => {
    const findings = await run(() => {}, { key: 'ATATT3xFfGF0wrong-key-0000000000' });
    const auth = get(findings, 'jira.auth');
    expect(auth?.severity).toBe('error');
    expect(auth?.fix).toMatch(/^Create a new classic API token/);
    expect(auth?.fix).toMatch(/in the repository secret and in Entitle/);
  });

  it.each(['text', 'xml', 'json'] as const)(
    'jira.auth: reads a 401 with a %s body the same way',
    async (body) => {
      const findings = await run(
        (s) => {
          s.unauthorizedBody = body;
        },
        { user: 'someone-else@example.com' },
      );
      expect(get(findings, 'jira.auth')?.severity).toBe('error');
    },
  );

  it('jira.scoped_token: tells a scoped token through the gateway, and says so', async () => {
    const findings = await run((s) => {
      (s.tokens[0] as { kind: string }).kind = 'scoped';
    });
    const scoped = get(findings, 'jira.scoped_token');
    expect(scoped?.severity).toBe('error');
    expect(scoped?.evidence?.some((e) => e.startsWith('GET api.atlassian.com/ex/jira/'))).toBe(true);
    expect(cloud.jira.requests.some((r) => r.host === 'api.atlassian.com')).toBe(true);
  });

  it('jira.scoped_token: asks the gateway only after a 401', async () => {
    await run();
    expect(cloud.jira.requests.some((r) => r.host === 'api.atlassian.com')).toBe(false);
  });

  it('jira.captcha: reports a CAPTCHA lockout with the site to sign in at', async () => {
    const findings = await run((s) => {
      s.captcha = ['integration@example.com'];
    });
    const captcha = get(findings, 'jira.captcha');
    expect(captcha?.severity).toBe('error');
    // The site's origin only, never the path the server put in login-url.
    expect(captcha?.fix).toContain(`at https://${JIRA_HOST} and solve`);
    expect(captcha?.fix).not.toContain('login.jsp');
  });

  it('jira.auth: an IP allowlist is inconclusive', async () => {
    const findings = await run((s) => {
      s.ipAllowlisted = true;
    });
    expect(get(findings, 'jira.site')?.severity).toBe('inconclusive');
    expect(buildReport(findings).status).toBe('inconclusive');
  });

  it('the trap: a 200 from /myself with a failing login reason is an authentication failure', async () => {
    const findings = await run(
      (s) => {
        s.myselfTrap = true;
      },
      { key: 'ATATT3xFfGF0wrong-key-0000000000' },
    );
    expect(get(findings, 'jira.auth')?.severity).toBe('error');
    expect(findings.some((f) => f.id === 'jira.auth' && f.severity === 'pass')).toBe(false);
  });

  it('the trap: a 200 from /mypermissions with a failing login reason is an authentication failure', async () => {
    const findings = await run((s) => {
      s.permissionsAuthFails = true;
    });
    expect(findings.filter((f) => f.id === 'jira.auth').map((f) => f.severity)).toEqual(['pass', 'error']);
    expect(get(findings, 'jira.browse_users')).toBeUndefined();
  });

  it('jira.account: reports an inactive account and a non-user account', async () => {
    const inactive = await run((s) => {
      (s.users[0] as { active: boolean }).active = false;
    });
    expect(get(inactive, 'jira.account')?.message).toMatch(/deactivated/);
    const app = await run((s) => {
      (s.users[0] as { accountType: string }).accountType = 'app';
    });
    expect(get(app, 'jira.account')?.severity).toBe('error');
  });

  it('jira.browse_users: a notice without Browse users and groups; the email sample carries the verdict', async () => {
    const findings = await run((s) => {
      s.userPicker = [];
    });
    expect(get(findings, 'jira.browse_users')?.severity).toBe('notice');
    expect(get(findings, 'jira.email_visibility')?.message).toBe(
      "2 of 3 sampled Bitbucket members have an email address visible to the account; the others' profile visibility hides it.",
    );
    expect(buildReport(findings).status).toBe('healthy');
  });

  it('jira.site: a site whose Jira was removed is an error, not inconclusive', async () => {
    const findings = await run((s) => {
      s.jiraRemoved = true;
    });
    expect(get(findings, 'jira.site')).toMatchObject({ severity: 'error' });
    expect(get(findings, 'jira.site')?.message).toMatch(/has no Jira/);
    expect(get(findings, 'jira.auth')).toBeUndefined();
  });

  it('jira.auth: the gateway\'s "scope does not match" names no token kind, so none is asserted', async () => {
    const findings = await run((s) => {
      Object.assign(s.tokens[0] as object, { kind: 'scoped', lacksScopes: true });
    });
    expect(get(findings, 'jira.scoped_token')).toBeUndefined();
    expect(get(findings, 'jira.auth')?.severity).toBe('error');
  });

  it('jira.email_visibility: warns when no sampled member has a visible email', async () => {
    const findings = await run((s) => {
      for (const u of s.users) u.emailVisible = false;
    });
    const visibility = get(findings, 'jira.email_visibility');
    expect(visibility?.severity).toBe('warning');
    expect(visibility?.message).toMatch(/None of the 3 sampled/);
  });
});
