/** The engine's watchdog: remote checks that never finish still end in a report. */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine.js';
import { validJson } from '../support/documents.js';

describe('the watchdog', () => {
  it('gives up remote checks that never finish, keeping the structure findings', async () => {
    const findings = await runChecks(validJson, 'full', {
      mask: () => {},
      loadRemoteChecks: async () => () => new Promise(() => {}),
      watchdogMs: 50,
    });
    expect(findings.find((f) => f.id === 'structure.valid')?.severity).toBe('pass');
    expect(findings.at(-1)).toMatchObject({ id: 'remote.unfinished', severity: 'inconclusive' });
  });

  it('lets checks that finish in time through', async () => {
    const findings = await runChecks(validJson, 'full', {
      mask: () => {},
      loadRemoteChecks: async () => async () => [],
      watchdogMs: 5_000,
    });
    expect(findings.some((f) => f.id === 'remote.unfinished')).toBe(false);
  });
});
