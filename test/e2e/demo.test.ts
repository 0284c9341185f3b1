/**
 * The demo summaries in docs/demo/ (and the README's pictures, drawn from them by `npm run demo`) are
 * what the action writes today: a run of each scenario against the simulators must give the same
 * summary, or the pictures show findings that no longer exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoScenarios, demoSummary } from '../support/demo.js';
import { useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const demo = path.resolve(import.meta.dirname, '../../docs/demo');

describe('the demo summaries', () => {
  it.each(demoScenarios.map((s) => [s.name, s] as const))(
    '%s is current (npm run demo)',
    async (name, scenario) => {
      const { summary } = await demoSummary(world(), scenario);
      expect(readFileSync(path.join(demo, `${name}.md`), 'utf8'), 'run `npm run demo`').toBe(summary);
    },
  );
});
