/** The engine's watchdog: remote checks that never finish still end in a report. */
import { describe, expect, it } from 'vitest';
import { withWatchdog } from '../../src/run/judge-document.js';

describe('the watchdog', () => {
  it('gives up remote checks that never finish: one inconclusive finding', async () => {
    const findings = await withWatchdog(new Promise(() => {}), 50);
    expect(findings).toEqual([
      expect.objectContaining({ id: 'remote.unfinished', severity: 'inconclusive' }),
    ]);
  });

  it('lets checks that finish in time through', async () => {
    const findings = await withWatchdog(Promise.resolve([]), 5_000);
    expect(findings).toEqual([]);
  });
});
