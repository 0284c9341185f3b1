/**
 * The probe plan against the table derived from Atlassian's OpenAPI spec: every probe calls a real
 * operation, the operation requires each scope the probe claims to prove, and API tokens (basic auth)
 * may call it.
 */
import { describe, expect, it } from 'vitest';
import { probes, REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';
import { operations } from '../support/bitbucket-sim.js';

describe('probe plan', () => {
  it.each(Object.values(probes))('$id: $method $operation requires what it claims to prove', (probe) => {
    const op = operations.find((o) => o.method === probe.method && o.path === probe.operation);
    expect(op, `${probe.method} ${probe.operation} is in the spec`).toBeDefined();
    for (const scope of probe.proves) expect(op?.scopes).toContain(scope);
    expect(op?.auth).toContain('basic');
  });

  it('proves every required scope by some probe, except those no operation requires', () => {
    const required = new Set(operations.flatMap((o) => o.scopes));
    const proven = new Set(Object.values(probes).flatMap((p) => p.proves));
    for (const scope of REQUIRED_SCOPES) {
      if (required.has(scope)) expect(proven.has(scope), scope).toBe(true);
    }
    // read:permission:bitbucket is required by no operation in the spec: only introspection shows it.
    expect(required.has('read:permission:bitbucket')).toBe(false);
  });

  it('writes and deletes only permissions, never anything else', () => {
    const changing = Object.values(probes).filter((p) => p.method !== 'GET');
    expect(changing.map((p) => p.id).sort()).toEqual(['delete-permission', 'write-permission']);
  });
});
