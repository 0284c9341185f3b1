/**
 * The Bitbucket checks against the simulator: a matrix in the manner of TruffleHog's detector tests.
 * Every case also proves that nothing changed in the simulator and that every PUT and DELETE sent was
 * of the impossible kind.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IMPOSSIBLE_PERMISSION, REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';
import { buildReport, type Finding } from '../../src/findings.js';
import type { Integration } from '../../src/structure/document-model.js';
import { runBitbucketChecks } from '../support/bitbucket-harness.js';
import { ALL_SEVEN, type BitbucketState, defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_TOKEN } from '../support/documents.js';
import { BITBUCKET_REQUESTS } from '../support/plan-counts.js';

const integration: Integration = { email: 'integration@example.com', app_token: FAKE_TOKEN };

let cloud: Cloud;
let before: string;

beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN));
});
afterAll(async () => {
  await cloud.close();
});

function world(change: (state: BitbucketState) => void = () => {}) {
  const state = defaultBitbucketState(FAKE_TOKEN);
  change(state);
  cloud.bitbucket.reset(state);
  before = cloud.bitbucket.snapshot();
}

afterEach(() => {
  // Nothing the checks sent changed anything, and every write or delete was impossible by construction.
  expect(cloud.bitbucket.snapshot()).toBe(before);
  for (const r of cloud.bitbucket.requests.filter((q) => q.method === 'PUT' || q.method === 'DELETE')) {
    expect(r.path).toMatch(/\/permissions-config\/users\/%7B[0-9a-f-]{36}%7D$/);
    if (r.method === 'PUT') expect(JSON.parse(r.body)).toEqual({ permission: IMPOSSIBLE_PERMISSION });
    expect([400, 403, 404, 401, 429, 500, 502, 503, 504, -1, -2]).toContain(r.status);
  }
});

const token = (state: BitbucketState) => state.tokens[0] as BitbucketState['tokens'][number];
const byId = (findings: Finding[], id: string) => findings.filter((f) => f.id === id);
const scopeVerdict = (findings: Finding[], scope: string) =>
  findings.find((f) => f.id === 'bitbucket.scope' && f.scope === scope)?.severity;

describe('a healthy token', () => {
  it('passes every check and every scope', async () => {
    world();
    const { findings, members } = await runBitbucketChecks(cloud, integration);
    expect(findings.filter((f) => f.severity !== 'pass')).toEqual([]);
    for (const scope of REQUIRED_SCOPES) expect(scopeVerdict(findings, scope), scope).toBe('pass');
    expect(buildReport(findings).status).toBe('healthy');
    // /user needs read:user:bitbucket, which the seven lack, so the owner is not known here and is
    // among the members; the Jira check leaves it out by its own account id.
    expect(members).toHaveLength(4);
    expect(cloud.bitbucket.requests).toHaveLength(BITBUCKET_REQUESTS);
  });

  it('probes the named workspace', async () => {
    world();
    const { findings } = await runBitbucketChecks(cloud, integration, { workspace: 'acme' });
    expect(byId(findings, 'bitbucket.workspace')[0]).toMatchObject({ severity: 'pass', subject: 'acme' });
    expect(buildReport(findings).status).toBe('healthy');
  });
});

describe('scopes', () => {
  it.each(REQUIRED_SCOPES)('reports %s missing alone', async (scope) => {
    world((s) => {
      token(s).scopes = ALL_SEVEN.filter((x) => x !== scope);
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    const report = buildReport(findings);
    expect(report.missingScopes).toEqual([scope]);
    expect(report.status).toBe('unhealthy');
    for (const other of REQUIRED_SCOPES.filter((x) => x !== scope)) {
      expect(scopeVerdict(findings, other), other).not.toBe('error');
    }
    // The scope's own row keeps its evidence; the one fix is on the finding that lists what is missing.
    const missing = findings.find((f) => f.scope === scope);
    expect(missing?.evidence?.length).toBeGreaterThan(0);
    expect(missing?.explainedBy).toBe('bitbucket.missing_scopes');
    const listed = findings.find((f) => f.id === 'bitbucket.missing_scopes');
    expect(listed?.message).toContain(scope);
    expect(listed?.fix).toMatch(
      /Scopes cannot be added to an existing token\. Create an API token with scopes/,
    );
  });

  it('reports all seven missing', async () => {
    world((s) => {
      token(s).scopes = ['read:user:bitbucket'];
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(buildReport(findings).missingScopes).toEqual([...REQUIRED_SCOPES]);
    expect(byId(findings, 'bitbucket.auth')[0]?.severity).toBe('pass');
  });

  it('notes scopes beyond the seven', async () => {
    world((s) => {
      token(s).scopes = [...ALL_SEVEN, 'read:user:bitbucket', 'write:repository:bitbucket'];
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    const extra = byId(findings, 'bitbucket.extra_scopes')[0];
    expect(extra?.severity).toBe('notice');
    expect(extra?.message).toContain('read:user:bitbucket, write:repository:bitbucket');
    expect(buildReport(findings).status).toBe('healthy');
  });

  it('judges write and delete from introspection alone with probe-write-scopes false', async () => {
    world();
    const { findings } = await runBitbucketChecks(cloud, integration, { probeWriteScopes: false });
    expect(cloud.bitbucket.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(scopeVerdict(findings, 'write:permission:bitbucket')).toBe('pass');
    expect(byId(findings, 'bitbucket.write_probes_skipped')[0]?.severity).toBe('notice');
  });
});

describe('authentication', () => {
  it('tells a wrong email from a bad token', async () => {
    world();
    const { findings } = await runBitbucketChecks(cloud, {
      ...integration,
      email: 'someone-else@example.com',
    });
    const auth = byId(findings, 'bitbucket.auth')[0];
    expect(auth).toMatchObject({ severity: 'error', subject: 'email' });
    expect(auth?.fix).toMatch(/Atlassian account that created the token/);
  });

  it('reports a wrong token like a wrong email (Bitbucket cannot tell them apart)', async () => {
    world();
    const { findings } = await runBitbucketChecks(cloud, { ...integration, app_token: `${FAKE_TOKEN}x` });
    expect(byId(findings, 'bitbucket.auth')[0]).toMatchObject({ severity: 'error', subject: 'email' });
  });

  it.each(['classic', 'expired', 'revoked'] as const)(
    'reports a %s token with the fix that names the email first, then the token',
    async (kind) => {
      world((s) => {
        token(s).kind = kind;
      });
      const { findings } = await runBitbucketChecks(cloud, integration);
      const auth = byId(findings, 'bitbucket.auth')[0];
      expect(auth).toMatchObject({ severity: 'error', subject: 'email' });
      expect(auth?.message).toMatch(/invalid, expired, revoked, or a classic API token without scopes/);
      expect(auth?.fix).toMatch(
        /^First check that email is the address of the Atlassian account that created the token/,
      );
      expect(findings.filter((f) => f.id === 'bitbucket.scope')).toEqual([]);
    },
  );

  it('rejects an app password', async () => {
    world((s) => {
      token(s).kind = 'app_password';
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(byId(findings, 'bitbucket.auth')[0]?.severity).toBe('error');
  });

  it('rejects a credential that is not an API token', async () => {
    world((s) => {
      token(s).credentialType = 'access_token';
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    const type = byId(findings, 'bitbucket.credential_type')[0];
    expect(type?.severity).toBe('error');
    expect(type?.message).toContain('an access token');
  });
});

describe('workspaces and repositories', () => {
  it('reports an account that administers no workspace', async () => {
    world((s) => {
      for (const w of s.workspaces) w.admins = [];
      for (const r of s.workspaces.flatMap((w) => w.repositories)) r.admins = [];
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    const ws = byId(findings, 'bitbucket.workspace')[0];
    expect(ws?.severity).toBe('error');
    expect(ws?.message).toMatch(/administers no workspace/);
  });

  it('reports a named workspace the account does not administer', async () => {
    world((s) => {
      s.workspaces.push({
        ...structuredClone(s.workspaces[0] as BitbucketState['workspaces'][number]),
        slug: 'other',
        admins: [],
      });
    });
    const { findings } = await runBitbucketChecks(cloud, integration, { workspace: 'other' });
    const ws = byId(findings, 'bitbucket.workspace')[0];
    expect(ws).toMatchObject({ severity: 'error', subject: 'other' });
    expect(ws?.message).toContain('acme');
    expect(cloud.bitbucket.requests.some((r) => r.path.includes('permissions-config'))).toBe(false);
  });

  it('lists several workspaces and probes the first, or the one named', async () => {
    world((s) => {
      const copy = structuredClone(s.workspaces[0] as BitbucketState['workspaces'][number]);
      s.workspaces.unshift({ ...copy, slug: 'zeta', uuid: '{b0000000-0000-4000-8000-000000000009}' });
    });
    const first = await runBitbucketChecks(cloud, integration);
    expect(byId(first.findings, 'bitbucket.workspace')[0]?.message).toMatch(
      /2 workspaces: acme, zeta; probed acme/,
    );
    cloud.bitbucket.requests.length = 0;
    const named = await runBitbucketChecks(cloud, integration, { workspace: 'zeta' });
    expect(byId(named.findings, 'bitbucket.repository')[0]?.subject).toBe('zeta/platform');
    expect(cloud.bitbucket.requests.filter((r) => r.path.startsWith('/2.0/repositories/acme'))).toEqual([]);
  });

  it('follows at most five pages of workspaces, and says so', async () => {
    world((s) => {
      const template = s.workspaces[0] as BitbucketState['workspaces'][number];
      for (let i = 0; i < 600; i++) {
        s.workspaces.push({
          ...structuredClone(template),
          slug: `ws-${String(i).padStart(3, '0')}`,
          repositories: [],
        });
      }
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(cloud.bitbucket.requests.filter((r) => r.path === '/2.0/user/workspaces')).toHaveLength(5);
    expect(byId(findings, 'bitbucket.workspace')[0]?.message).toMatch(/listing stopped after 5 pages/);
  });

  it('warns when the account administers no repository, and still judges scopes by introspection', async () => {
    world((s) => {
      for (const r of s.workspaces.flatMap((w) => w.repositories)) r.admins = [];
      (s.workspaces[0] as BitbucketState['workspaces'][number]).admins = [];
      (s.workspaces[0] as BitbucketState['workspaces'][number]).admins.push(s.accounts[0]?.uuid as string);
      for (const w of s.workspaces) w.repositories = [];
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(byId(findings, 'bitbucket.repository')[0]?.severity).toBe('warning');
    for (const scope of REQUIRED_SCOPES) expect(scopeVerdict(findings, scope)).toBe('pass');
    expect(buildReport(findings).status).toBe('degraded');
  });

  it('warns about an IP allowlist and lists Entitle’s addresses', async () => {
    world((s) => {
      (s.workspaces[0] as BitbucketState['workspaces'][number]).ipAllowlisted = true;
    });
    const { findings } = await runBitbucketChecks(cloud, integration);
    const ip = byId(findings, 'bitbucket.ip_allowlist')[0];
    expect(ip?.severity).toBe('warning');
    expect(ip?.fix).toContain('34.243.199.171');
    expect(ip?.fix).toContain('15.156.179.153');
    expect(byId(findings, 'bitbucket.repository')[0]?.severity).toBe('inconclusive');
    expect(buildReport(findings).status).not.toBe('healthy');
  });
});

describe('faults are inconclusive, never a pass and never a missing scope', () => {
  it('reports a 429 without Retry-After at once: the hourly limit is reached', async () => {
    world();
    cloud.bitbucket.fault = (_method, path) => (path === '/2.0/user' ? 429 : undefined);
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(cloud.bitbucket.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(1);
    expect(byId(findings, 'bitbucket.auth')[0]).toMatchObject({ severity: 'inconclusive' });
    expect(byId(findings, 'bitbucket.auth')[0]?.message).toMatch(/hourly request budget, shared by Entitle/);
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    world();
    cloud.bitbucket.retryAfterSeconds = 1;
    cloud.bitbucket.fault = (_method, path, attempt) =>
      path === '/2.0/user' && attempt === 1 ? 429 : undefined;
    const { findings, logs } = await runBitbucketChecks(cloud, integration);
    expect(buildReport(findings).status).toBe('healthy');
    expect(logs.some((l) => l.includes('after HTTP 429'))).toBe(true);
  });

  it('is inconclusive under a persistent 503', async () => {
    world();
    cloud.bitbucket.fault = () => 503;
    const { findings } = await runBitbucketChecks(cloud, integration);
    const report = buildReport(findings);
    expect(report.status).toBe('inconclusive');
    expect(report.missingScopes).toEqual([]);
    for (const scope of REQUIRED_SCOPES) expect(scopeVerdict(findings, scope)).toBe('inconclusive');
    expect(byId(findings, 'bitbucket.auth')[0]?.message).toMatch(
      /HTTP 503 \(service unavailable\) after 3 attempts/,
    );
  });

  it('is inconclusive when Bitbucket does not answer in time', async () => {
    world();
    cloud.bitbucket.fault = () => 'hang';
    const { findings } = await runBitbucketChecks(
      cloud,
      integration,
      {},
      { requestTimeoutMs: 200, maxRetries: 0 },
    );
    const report = buildReport(findings);
    expect(report.status).toBe('inconclusive');
    expect(report.missingScopes).toEqual([]);
    // One finding names the host and the cause; the checks that needed it defer to it.
    expect(byId(findings, 'network.timeout')).toHaveLength(1);
    expect(byId(findings, 'network.timeout')[0]?.message).toMatch(
      /No answer from api\.bitbucket\.org within/,
    );
    expect(byId(findings, 'bitbucket.auth')[0]).toMatchObject({ dependsOn: 'network.timeout' });
    expect(byId(findings, 'bitbucket.auth')[0]?.fix).toBeUndefined();
  });

  it('still passes a scope the granted list names when only its probe failed', async () => {
    world();
    cloud.bitbucket.fault = (_method, path) => (path.includes('branch-restrictions') ? 502 : undefined);
    const { findings } = await runBitbucketChecks(cloud, integration, {}, { maxRetries: 0 });
    expect(scopeVerdict(findings, 'admin:repository:bitbucket')).toBe('pass');
  });
});

describe('without introspection (no granted-scopes list in any answer)', () => {
  it('proves scopes only by requests that succeeded; the impossible probes alone prove nothing', async () => {
    world();
    cloud.bitbucket.hideGrantedScopes = true;
    const { findings } = await runBitbucketChecks(cloud, integration);
    // 2xx answers: workspaces, repositories, members, permissions, branch restrictions.
    for (const scope of [
      'read:workspace:bitbucket',
      'read:repository:bitbucket',
      'admin:repository:bitbucket',
    ]) {
      expect(scopeVerdict(findings, scope), scope).toBe('pass');
    }
    // Only 400/404 answers, or no operation at all (read:permission): never a pass without the list.
    for (const scope of [
      'admin:workspace:bitbucket',
      'write:permission:bitbucket',
      'delete:permission:bitbucket',
      'read:permission:bitbucket',
    ]) {
      expect(scopeVerdict(findings, scope), scope).toBe('inconclusive');
    }
    expect(buildReport(findings).status).toBe('inconclusive');
  });

  it('reports a scope missing from a scope 403 on the probe that needs it alone', async () => {
    world((s) => {
      token(s).scopes = ALL_SEVEN.filter((x) => x !== 'admin:workspace:bitbucket');
    });
    cloud.bitbucket.hideGrantedScopes = true;
    const { findings } = await runBitbucketChecks(cloud, integration);
    expect(buildReport(findings).missingScopes).toEqual(['admin:workspace:bitbucket']);
  });

  it('does not blame one of two scopes when a 403 does not say which is missing', async () => {
    world((s) => {
      token(s).scopes = ALL_SEVEN.filter((x) => x !== 'write:permission:bitbucket');
    });
    cloud.bitbucket.hideGrantedScopes = true;
    const { findings } = await runBitbucketChecks(cloud, integration);
    // The PUT needs admin:repository and write:permission; the header x-accepted-oauth-scopes names
    // both, but without the granted list the checks cannot tell which one was refused.
    expect(scopeVerdict(findings, 'write:permission:bitbucket')).toBe('inconclusive');
    expect(scopeVerdict(findings, 'admin:repository:bitbucket')).toBe('pass');
  });
});
