/** Runs the one run in-process, as a host would, with options built from input values. */
import { check, type RunIo, type RunResult } from '../../src/run/check.js';
import { type Options, readInputs } from '../../src/run/options.js';

/** Options from input values (the action's input names), the defaults for the rest. */
export function optionsWith(values: Record<string, string> = {}): Options {
  const inputs = readInputs((name) => values[name] ?? '');
  if (!inputs.ok) throw new Error(`invalid test inputs: ${inputs.problems.map((p) => p.message).join(' ')}`);
  return inputs.options;
}

export const NO_INPUT = { what: 'No integration JSON was given', because: '' };

/** One run of a document with the given inputs; masks nothing, logs into the list given. */
export function runDocument(
  raw: string,
  values: Record<string, string> = {},
  io: Partial<RunIo> & { record?: boolean } = {},
): Promise<RunResult> {
  const { record, ...rest } = io;
  return check(
    {
      raw,
      inputs: { ok: true, options: optionsWith(values) },
      missing: NO_INPUT,
      ...(record ? { record } : {}),
    },
    { mask: () => {}, log: () => {}, ...rest },
  );
}
