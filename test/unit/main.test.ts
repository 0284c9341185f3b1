/** The action's one catch: an internal fault is an error annotation; its stack only in debug mode. */
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/run-action.js';
import type { Runner } from '../../src/action/runner.js';

function brokenRunner(debug: boolean) {
  const lines: string[] = [];
  const runner: Runner = {
    getInput: (name) => (name === 'mode' ? 'offline' : name === 'integration-json' ? '{"a": 1}' : ''),
    setSecret: () => {},
    setOutput: () => {
      throw new Error('the output file is not writable');
    },
    annotate: (level, message) => lines.push(`${level}: ${message}`),
    info: (line) => lines.push(line),
    debug: (line) => lines.push(`debug: ${line}`),
    isDebug: () => debug,
    appendSummary: () => {},
    hasSummary: () => false,
  };
  return { runner, lines };
}

afterEach(() => {
  process.exitCode = 0;
});

describe('an internal fault', () => {
  it('is an error annotation, without a stack when debug logging is off', async () => {
    const { runner, lines } = brokenRunner(false);
    await run({}, runner);
    expect(process.exitCode).toBe(1);
    expect(lines).toContain('error: The check could not run: the output file is not writable');
    expect(lines.some((l) => l.includes('    at '))).toBe(false);
  });

  it('adds the stack as a debug line when debug logging is on', async () => {
    const { runner, lines } = brokenRunner(true);
    await run({}, runner);
    expect(
      lines.some(
        (l) => l.startsWith('debug: Error: the output file is not writable') && l.includes('    at '),
      ),
    ).toBe(true);
  });
});
