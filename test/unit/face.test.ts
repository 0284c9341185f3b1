/** One finding, two faces: each host resolves the inputs a finding names, and nothing else changes. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue.js';
import { SECRET_HELP } from '../../src/entitle.js';
import { input } from '../../src/findings.js';
import { inWords } from '../../src/report/face.js';
import { renderTroubleshooting } from '../../src/report/troubleshooting.js';

const UNRESOLVED = /[\u27e6\u27e7]/;

describe('input references', () => {
  it.each([
    [
      'action',
      `Set ${input('workspace')} or use ${input('mode', 'full')}.`,
      'Set `workspace` or use `mode: full`.',
    ],
    [
      'cli',
      `Set ${input('workspace')} or use ${input('mode', 'full')}.`,
      'Set `--workspace` or use `--mode full`.',
    ],
    // An input the CLI takes no flag for keeps its action name.
    ['cli', `Keep ${input('github-token')} at its default.`, 'Keep `github-token` at its default.'],
  ] as const)('in the %s: %s', (face, text, shown) => {
    expect(inWords(text, face)).toBe(shown);
  });

  it('names where the document lives, as each host keeps it', () => {
    expect(inWords(SECRET_HELP, 'action')).toBe(SECRET_HELP);
    expect(inWords(SECRET_HELP, 'cli')).toMatch(/ENTITLE_BITBUCKET_INTEGRATION/);
  });

  it('leaves no reference unresolved in any declared words, in either face', () => {
    for (const meta of Object.values(catalogue)) {
      for (const face of ['action', 'cli'] as const) {
        expect(inWords(meta.cause, face)).not.toMatch(UNRESOLVED);
        expect(inWords(meta.fix, face)).not.toMatch(UNRESOLVED);
      }
    }
    expect(renderTroubleshooting(catalogue)).not.toMatch(UNRESOLVED);
  });
});
