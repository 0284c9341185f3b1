/** The runner protocol module, held against @actions/core's own output byte for byte. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunner } from '../../src/action/runner.js';
import { parseOutputFile } from '../support/action.js';

const vectors = [
  'plain',
  'a:b,c',
  '100%',
  'x\ny',
  'x\r\ny',
  '::set-output name=a::b',
  '%0A',
  'ünï©ødé 💥',
  '',
];

function captureStdout(run: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runner protocol', () => {
  it.each(vectors)('writes annotations exactly as @actions/core does: %j', (vector) => {
    const ours = captureStdout(() => {
      const runner = createRunner({});
      runner.annotate('error', vector, vector);
      runner.annotate('warning', vector, vector);
      runner.annotate('notice', vector, vector);
      runner.setSecret(vector);
      runner.info(vector);
    });
    const theirs = captureStdout(() => {
      core.error(vector, { title: vector });
      core.warning(vector, { title: vector });
      core.notice(vector, { title: vector });
      core.setSecret(vector);
      core.info(vector);
    });
    expect(ours).toBe(theirs);
  });

  it('writes outputs to GITHUB_OUTPUT in the heredoc form @actions/core uses', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ebc-runner-'));
    const file = path.join(dir, 'output');
    writeFileSync(file, '');
    const runner = createRunner({ GITHUB_OUTPUT: file });
    runner.setOutput('report', '{"a":"multi\nline"}');
    runner.setOutput('status', 'healthy');
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({
      report: '{"a":"multi\nline"}',
      status: 'healthy',
    });
    expect(readFileSync(file, 'utf8')).toMatch(/^report<<ghadelimiter_[0-9a-f-]{36}\n/);
  });

  it('reads inputs as @actions/core does: INPUT_ with spaces as underscores, upper case, trimmed', () => {
    const runner = createRunner({ 'INPUT_INTEGRATION-JSON': '  {}\n', INPUT_MY_INPUT: 'x' });
    expect(runner.getInput('integration-json')).toBe('{}');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('absent')).toBe('');
  });
});
