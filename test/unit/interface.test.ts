/**
 * One source for the interface: action.yml, the README's inputs table and the CLI's flags all agree
 * with the list of inputs in src/inputs/input-specs.ts (names, defaults, and which inputs the CLI takes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { usage } from '../../src/cli/run-cli.js';
import { inputSpecs } from '../../src/run/options.js';

const root = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
};
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
/** `| \`name\` | default | description |` rows of the README's inputs table. */
const readmeRows = new Map(
  [...readme.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| .+ \|$/gm)].map((m) => [
    m[1] as string,
    (m[2] as string).trim(),
  ]),
);

describe('the interface', () => {
  it('action.yml declares exactly the inputs of src/inputs/input-specs.ts, in order, with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(inputSpecs.map((s) => s.name));
    for (const spec of inputSpecs) {
      const declared = action.inputs[spec.name];
      expect(declared?.default ?? '', spec.name).toBe(spec.default);
      expect(declared?.required ?? false, spec.name).toBe('required' in spec);
    }
  });

  it("the README's inputs table lists every input with its default", () => {
    for (const spec of inputSpecs) {
      const shown =
        'required' in spec ? '(required)' : spec.default === '' ? '(empty)' : `\`${spec.default}\``;
      expect(readmeRows.get(spec.name), spec.name).toBe(shown);
    }
  });

  it('the CLI has a flag of the same name for every input, or says why not', () => {
    for (const spec of inputSpecs) {
      if (spec.cli.flag) {
        expect(usage, spec.name).toMatch(new RegExp(`--${spec.name} [A-Z]+ `));
        if (spec.default) expect(usage, spec.name).toContain(`(default ${spec.default})`);
      } else {
        expect(usage).not.toContain(`--${spec.name} `);
        expect(spec.cli.why.length).toBeGreaterThan(10);
      }
    }
  });
});
