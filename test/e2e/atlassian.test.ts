/**
 * Where the real services differ from their specification (docs/atlassian-behaviour.md), each
 * reaction pinned through the bundled action against simulators that answer as the services do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action.js';
import {
  type BitbucketSimulator,
  type BitbucketState,
  defaultBitbucketState,
} from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validDocument, validJson } from '../support/documents.js';
import { defaultJiraSites, type JiraSite } from '../support/jira-sim.js';
import { leaks } from '../support/leaks.js';
import { enterWorld } from '../support/scenarios.js';

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

interface Finding {
  id: string;
  severity: string;
  message: string;
  fix?: string;
  scope?: string;
  evidence?: string[];
}

interface World {
  bitbucket?: (sim: BitbucketSimulator, state: BitbucketState) => void;
  jira?: (site: JiraSite) => void;
}

async function runIn(world: World, json = validJson) {
  enterWorld(cloud, world);
  const before = cloud.bitbucket.snapshot();
  const run = await runAction({ inputs: { 'integration-json': json }, env: cloud.env() });
  // Whatever the services answer, nothing in them changed.
  expect(cloud.bitbucket.snapshot()).toBe(before);
  expect(leaks(run.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
  const report = JSON.parse(run.outputs.report as string) as { status: string; findings: Finding[] };
  const find = (id: string) => report.findings.filter((f) => f.id === id);
  return { run, report, find };
}

describe('1. a write probe that succeeds', () => {
  it('is an alarm naming the repository, never proof', async () => {
    const { report, find } = await runIn({ bitbucket: (sim) => Object.assign(sim, { writesSucceed: true }) });
    expect(report.status).toBe('unhealthy');
    const alarms = find('bitbucket.write_probe_succeeded');
    expect(alarms.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(alarms[0]?.message).toMatch(
      /a permission may have changed on acme\/platform; check its user permissions/,
    );
    expect(alarms[0]?.evidence?.[0]).toMatch(
      /^PUT \/2\.0\/repositories\/acme\/platform\/permissions-config\/users\/.+ → 200$/,
    );
  });

  it('a sign-in page in Bitbucket’s place proves nothing', async () => {
    const { report, find } = await runIn({
      bitbucket: (sim) => {
        sim.impostor = (_method, path) => path.endsWith('/branch-restrictions');
      },
    });
    expect(find('bitbucket.impostor')[0]?.severity).toBe('inconclusive');
    expect(report.status).toBe('inconclusive');
  });
});

describe('2. refusals that are not about scopes', () => {
  it.each([
    ['two-step', '/permissions-config/users', 'bitbucket.two_step', 'error'],
    ['not-admin', '/branch-restrictions', 'bitbucket.not_admin', 'error'],
    ['other', '/branch-restrictions', 'bitbucket.refused', 'warning'],
  ] as const)(
    '%s is its own finding, never called an IP allowlist',
    async (refusal, suffix, id, severity) => {
      const { find } = await runIn({
        bitbucket: (sim) => {
          sim.refusal = (_method, path) => (path.endsWith(suffix) ? refusal : undefined);
        },
      });
      expect(find(id)[0]?.severity).toBe(severity);
      expect(find('bitbucket.ip_allowlist')).toEqual([]);
    },
  );

  it('shows Bitbucket’s message for a refusal it cannot name', async () => {
    const { find } = await runIn({
      bitbucket: (sim) => {
        sim.refusal = (_method, path) => (path.endsWith('/branch-restrictions') ? 'other' : undefined);
      },
    });
    expect(find('bitbucket.refused')[0]?.message).toContain(
      'Bitbucket said: “Repository is read-only during maintenance.”',
    );
  });

  it('an authentication method refused on the write probe fails write:permission, whatever the list says', async () => {
    const { find } = await runIn({
      bitbucket: (sim) => {
        sim.refusal = (method) => (method === 'PUT' ? 'auth-method' : undefined);
      },
    });
    expect(find('bitbucket.auth_method')[0]?.severity).toBe('error');
    // Refused for the method, not for a scope: an error, and not in missing-scopes (a new token would not fix it).
    const write = find('bitbucket.scope_refused').find((f) => f.scope === 'write:permission:bitbucket');
    expect(write?.severity).toBe('error');
  });
});

describe('3. a token limited to another workspace', () => {
  it('is tried on the next administered workspace, and the finding says which and why', async () => {
    const { report, find } = await runIn({
      bitbucket: (_sim, state) => {
        const acme = state.workspaces[0] as BitbucketState['workspaces'][number];
        state.workspaces.unshift({
          ...structuredClone(acme),
          slug: 'aardvark',
          uuid: '{b0000000-0000-4000-8000-000000000009}',
        });
        (state.tokens[0] as { workspaces?: string[] }).workspaces = ['acme'];
      },
    });
    const workspace = find('bitbucket.workspace')[0];
    expect(workspace?.message).toMatch(/aardvark refused the token, so acme was probed/);
    expect(report.status).toBe('healthy');
  });
});

describe('4. Jira: Browse users and groups', () => {
  it('is a notice; the email sample carries the verdict', async () => {
    const { report, find } = await runIn({ jira: (site) => Object.assign(site, { userPicker: [] }) });
    expect(find('jira.browse_users')[0]?.severity).toBe('notice');
    // Informational on a healthy run: a pass in the summary, not a notice.
    expect(find('jira.email_visibility')[0]?.severity).toBe('pass');
    expect(report.status).toBe('healthy');
  });
});

describe('5. Jira removed from a site', () => {
  it('says the site has no Jira', async () => {
    const { find } = await runIn({ jira: (site) => Object.assign(site, { jiraRemoved: true }) });
    expect(find('jira.site')[0]).toMatchObject({ severity: 'error' });
    expect(find('jira.site')[0]?.message).toMatch(/has no Jira/);
  });
});

describe('6. a scoped Jira token without the scopes', () => {
  it('is not named from the gateway’s “scope does not match”, which names no token kind', async () => {
    const { find } = await runIn({
      jira: (site) => Object.assign(site.tokens[0] as object, { kind: 'scoped', lacksScopes: true }),
    });
    expect(find('jira.scoped_token')).toEqual([]);
    expect(find('jira.auth')[0]?.message).toMatch(/likely causes, in order/);
  });
});

describe('7. the JSON 401 for a wrong email', () => {
  it('names the email first', async () => {
    const { find } = await runIn({}, JSON.stringify({ ...validDocument, email: 'someone-else@example.com' }));
    expect(find('bitbucket.auth')[0]?.fix).toMatch(
      /^First check that email is the address of the Atlassian account/,
    );
  });
});

describe('8. legacy names in x-accepted-oauth-scopes', () => {
  it('are never read as missing scopes', async () => {
    const { report } = await runIn({ bitbucket: (sim) => Object.assign(sim, { hideGrantedScopes: true }) });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('9. a repository access token', () => {
  it('is named for what it is', async () => {
    const { find } = await runIn({
      bitbucket: (_sim, state) =>
        Object.assign(state.tokens[0] as object, { credentialType: 'repo_access_token' }),
    });
    expect(find('bitbucket.credential_type')[0]?.message).toMatch(/a repository access token/);
  });
});

describe('10. a 429 without a short Retry-After', () => {
  it('is reported at once as the hourly limit Entitle shares, not retried', async () => {
    const { find } = await runIn({
      bitbucket: (sim) => {
        sim.fault = (_method, path) => (path === '/2.0/user' ? 429 : undefined);
      },
    });
    expect(cloud.bitbucket.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(1);
    expect(find('bitbucket.auth')[0]?.message).toMatch(/hourly request budget, shared by Entitle/);
  });
});

describe('the application-property probe', () => {
  it('proves nothing either way when a made-up user’s property is refused (403)', async () => {
    const { report } = await runIn({ bitbucket: (sim) => Object.assign(sim, { propertyProbeStatus: 403 }) });
    expect(report.status).toBe('healthy');
  });
});
