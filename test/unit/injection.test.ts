/**
 * Workflow-command injection: nothing the action prints may be read by the runner as a command.
 * Each vector is put where remote or input text can appear, rendered through @actions/core as the
 * action does, and the printed lines are checked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publish } from '../../src/action/run-action.js';
import { createRunner } from '../../src/action/runner.js';
import { buildReport } from '../../src/findings.js';
import { safeLogLine, safeTerminalText } from '../../src/report/log.js';
import { renderSummary } from '../../src/report/summary.js';
import { finding } from '../support/findings.js';

const vectors = [
  '::set-output name=status::healthy',
  'x\n::add-mask::everything',
  'x\r::stop-commands::endtoken',
  'x\r\n::error::fake',
  '%0A::warning::encoded',
  '##[set-output name=a;]b',
  'a::b,c:d%25',
  '\u2028::notice::separator',
];

let printed: string[];
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  // Outputs go to the file, as on a current runner.
  process.env.GITHUB_OUTPUT = path.join(mkdtempSync(path.join(tmpdir(), 'ebc-inj-')), 'output');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  delete process.env.GITHUB_STEP_SUMMARY;
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Lines the runner would treat as commands, other than the annotations the action meant. */
function unexpectedCommands(output: string): string[] {
  return output
    .split(/\r?\n|\r/)
    .filter((line) => /^\s*(::|##\[)/.test(line))
    .filter((line) => !/^::(error|warning|notice) title=[^\r\n]*::[^\r\n]*$/.test(line));
}

describe('annotations', () => {
  it.each(vectors)('escapes %j in a title and a message', async (vector) => {
    const report = buildReport([
      finding('structure.unknown_key', 'error', `message ${vector}`, { subject: vector, fix: vector }),
      finding('bitbucket.workspace', 'warning', vector, { subject: vector }),
      finding('jira.site', 'notice', vector),
    ]);
    publish(createRunner(process.env), report, false);
    const output = printed.join('');
    expect(unexpectedCommands(output)).toEqual([]);
    // Three annotations, each on exactly one line.
    expect(output.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))).toHaveLength(3);
  });
});

describe('plain log lines', () => {
  it.each(vectors)('neutralises %j', (vector) => {
    const line = safeLogLine(`Retrying GET api.bitbucket.org/2.0/repositories/${vector}`);
    expect(line).not.toMatch(/[\r\n\u2028]/);
    expect(unexpectedCommands(line)).toEqual([]);
    expect(line).not.toContain('::');
  });

  it('strips terminal escape sequences from CLI text', () => {
    expect(safeTerminalText('a\u001b[2Jb\rc\nd')).toBe('a?[2Jb?c\nd');
  });
});

describe('job summary', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](https://evil.example)',
    '![x](https://evil.example/p.png)',
    'a | b | c',
    'line\nbreak',
  ])('escapes %j', (vector) => {
    const summary = renderSummary(
      buildReport([
        finding('bitbucket.workspace', 'error', vector, { subject: vector, fix: vector, evidence: [vector] }),
      ]),
    );
    expect(summary).not.toMatch(/<script|<img|\]\(https/);
    for (const row of summary.split('\n').filter((l) => l.startsWith('| Workspace'))) {
      expect(row.split('|').length).toBe(5);
    }
  });
});
