/** The CLI's one catch: a fault is one scrubbed line on standard error and exit status 3. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, main } from '../../src/cli/run-cli.js';
import { FAKE_TOKEN, validJson } from '../support/documents.js';

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.ENTITLE_BITBUCKET_INTEGRATION;
});

describe('a fault inside the CLI', () => {
  it('is one line, scrubbed of the credentials, and exit status 3', async () => {
    process.env.ENTITLE_BITBUCKET_INTEGRATION = validJson;
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => {
      throw new Error(`stdout is gone (while printing ${FAKE_TOKEN})`);
    });
    const status = await main(['--mode', 'offline']);
    expect(status).toBe(EXIT.couldNotRun);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^entitle-bitbucket-check could not run: stdout is gone \(while printing \*\*\*/,
    );
    expect(errors[0]).not.toContain(FAKE_TOKEN.slice(0, 8));
  });
});
