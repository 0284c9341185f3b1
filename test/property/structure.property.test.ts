/**
 * Property: whatever text arrives, the structure check answers with findings, never a thrown error
 * (a stack overflow from error recovery among them). Bracket soups up to the 64 KiB limit, and
 * documents cut anywhere, including the one that once overflowed the parser's stack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/structure/check-structure.js';
import { validJson } from '../support/documents.js';

const inCi = process.env.CI === 'true';
const runs = Number(process.env.PROPERTY_STRUCTURE_RUNS ?? (inCi ? 2_000 : 300));
const seedSetting = process.env.PROPERTY_SEED ?? '20261129';
const seed = seedSetting === 'random' ? {} : { seed: Number(seedSetting) };

const token = fc.constantFrom('[', ']', '{', '}', ',', ':', '"k"', '1', ' ', '[},', '{"a":[', 'null');
const soup = fc
  .tuple(fc.array(token, { maxLength: 400 }), fc.integer({ min: 1, max: 60 }))
  .map(([tokens, repeat]) =>
    tokens
      .join('')
      .repeat(repeat)
      .slice(0, 64 * 1024),
  );
const nested = fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.nat()).map(([depth, cut]) => {
  const text = `${'{"a":['.repeat(depth)}${validJson}${']}'.repeat(depth)}`;
  return text.slice(0, cut % (text.length + 1));
});

function judged(text: string) {
  const { findings } = checkStructure(text);
  return findings;
}

describe('the structure check never throws', () => {
  it('on the bracket soup that once overflowed the stack', () => {
    const findings = judged(`${'[},'.repeat(8000)}1]`);
    expect(findings.map((f) => f.id)).toContain('structure.depth');
  });

  it('on bracket soups and cut documents', () => {
    fc.assert(
      fc.property(fc.oneof(soup, nested), (text) => {
        const findings = judged(text);
        expect(findings.length).toBeGreaterThan(0);
        // Anything but a complete valid document is reported as a structure error.
        if (text !== validJson) expect(findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: runs, ...seed },
    );
  });
});
