/**
 * The optional expiry source, through the bundled action: with an organization ID and an admin API
 * key, the integration account's tokens as Atlassian's API Access REST API reports them (a simulator
 * of its published shape, paged). It only adds expiry findings, and its failures are a notice.
 */
import { describe, expect, it } from 'vitest';
import { runAction, workflowCommands } from '../support/action.js';
import { ADMIN_KEY, ADMIN_ORG_ID, adminToken } from '../support/admin-sim.js';
import { validJson } from '../support/documents.js';
import { leaks } from '../support/leaks.js';
import { day, useHealthyCloud } from '../support/world.js';

const EMAIL = 'integration@example.com';
const world = useHealthyCloud();

function tokens(...list: ReturnType<typeof adminToken>[]) {
  world().admin.reset({ orgId: ADMIN_ORG_ID, key: ADMIN_KEY, tokens: list, pageSize: 2 });
}
const run = (inputs: Record<string, string> = {}) =>
  runAction({
    inputs: {
      'integration-json': validJson,
      'atlassian-org-id': ADMIN_ORG_ID,
      'atlassian-admin-key': ADMIN_KEY,
      ...inputs,
    },
    env: world().env(),
  });
const finding = (outputs: Record<string, string>) =>
  JSON.parse(outputs.report as string).findings.find(
    (f: { id: string }) => f.id === 'organization.token_expiry',
  );

describe('the organization as a source of expiry dates', () => {
  it('lists each active token of the account, pages included, and warns on the first to expire', async () => {
    tokens(
      adminToken('entitle', EMAIL, day(120)),
      adminToken('someone else', 'other@example.com', day(3)),
      adminToken('old ci', EMAIL, day(12)),
      adminToken('revoked', EMAIL, day(1), 'BLOCKED'),
      adminToken('backup', EMAIL, day(200)),
    );
    const result = await run();
    expect(result.outputs.status).toBe('degraded');
    const f = finding(result.outputs);
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      `The integration account has 3 active API tokens: “old ci” expires on ${day(12)} (in 12 days); “entitle” expires on ${day(120)} (in 120 days); “backup” expires on ${day(200)} (in 200 days).`,
    );
    // The account's four tokens came in two pages of two, each read with the admin key as a Bearer token.
    expect(world().admin.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('passes with the dates when every token is beyond the window', async () => {
    tokens(adminToken('entitle', EMAIL, day(90)));
    const result = await run();
    expect(result.outputs.status).toBe('healthy');
    expect(finding(result.outputs)).toMatchObject({ severity: 'pass' });
  });

  it('is a notice, never a changed verdict, when the key is refused; and the key is masked and never shown', async () => {
    tokens(adminToken('entitle', EMAIL, day(5)));
    const result = await run({ 'atlassian-admin-key': 'adminkey-Wrong-0123456789abcdefghijklmnopqrstuv' });
    expect(result.outputs.status).toBe('healthy');
    expect(finding(result.outputs)).toMatchObject({ severity: 'notice' });
    expect(finding(result.outputs).message).toMatch(/HTTP 401/);
    const masks = workflowCommands(result.stdout).filter((c) => c.command === 'add-mask');
    expect(masks.some((m) => m.message === 'adminkey-Wrong-0123456789abcdefghijklmnopqrstuv')).toBe(true);
    const everything = result.everything.replace(/::add-mask::.*\n/g, '');
    expect(leaks(everything, [ADMIN_KEY, 'adminkey-Wrong-0123456789abcdefghijklmnopqrstuv'])).toEqual([]);
  });

  it('is a notice when the service fails', async () => {
    world().admin.reset({ orgId: ADMIN_ORG_ID, key: ADMIN_KEY, tokens: [], pageSize: 2, status: 503 });
    const result = await run({ 'max-retries': '0' });
    expect(result.outputs.status).toBe('healthy');
    expect(finding(result.outputs)).toMatchObject({ severity: 'notice' });
  });

  it('needs both inputs', async () => {
    const result = await run({ 'atlassian-admin-key': '' });
    expect(result.code).toBe(1);
    const [error] = workflowCommands(result.stdout).filter((c) => c.command === 'error');
    expect(error?.message).toMatch(/^`atlassian-admin-key` is empty/);
  });
});
