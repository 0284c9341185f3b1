import { describe, expect, it } from 'vitest';
import { missingInput, type RunContext, whyNoSecrets } from '../../src/action/missing-input.js';
import { inWords } from '../../src/report/face.js';
import { readInputs } from '../../src/run/options.js';
import { missingInputFinding as made } from '../../src/run/outcomes.js';

const missingInputFinding = (ifMissing: 'fail' | 'skip', context: RunContext) =>
  made(ifMissing, missingInput(context));

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('applies the defaults', () => {
    const result = readInputs(getter({ 'integration-json': '{}' }));
    expect(result).toEqual({
      ok: true,
      options: {
        integrationJson: '{}',
        failOn: 'error',
        ifMissing: 'fail',
        mode: 'full',
        summary: true,
        timeoutSeconds: 60,
        maxRetries: 2,
        workspace: undefined,
        probeWriteScopes: true,
        jira: 'auto',
        tokenExpiresOn: undefined,
        jiraKeyExpiresOn: undefined,
        expiryWarningDays: 30,
        reuseProofHours: 0,
        trackingIssue: false,
        githubToken: '',
      },
    });
  });

  it.each([
    ['2027-03-01', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-02-31', false],
    ['31/02/2027', false],
    ['2027-3-1', false],
    ['next year', false],
  ])('takes %s as an expiry date: %s', (value, valid) => {
    const result = readInputs(getter({ 'token-expires-on': value }));
    expect(result.ok).toBe(valid);
    if (!result.ok) {
      expect(result.problems[0]?.input).toBe('token-expires-on');
      expect(inWords(result.problems[0]?.message ?? '', 'action')).toMatch(
        /^`token-expires-on` is not a calendar day/,
      );
    }
  });

  it('accepts any case and surrounding spaces', () => {
    const result = readInputs(getter({ 'fail-on': ' Warning ', mode: 'OFFLINE', summary: 'False' }));
    expect(result.ok && result.options).toMatchObject({ failOn: 'warning', mode: 'offline', summary: false });
  });

  it.each([
    ['fail-on', 'errors', 'error, inconclusive, warning, never'],
    ['if-missing', 'ignore', 'fail, skip'],
    ['mode', 'online', 'full, offline'],
    ['summary', 'yes', 'true, false'],
    ['jira', 'maybe', 'auto, required, skip'],
  ])('rejects %s=%s with the valid values and without echoing the value', (input, value, valid) => {
    const result = readInputs(getter({ [input]: value }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.fix).toMatch(new RegExp(`Valid values: ${valid}\\.$`));
    expect(result.problems[0]?.message).not.toContain(value);
  });
});

describe('did you mean', () => {
  it.each([
    ['fail-on', 'warnings', 'warning'],
    ['mode', 'ofline', 'offline'],
    ['jira', 'requird', 'required'],
  ])('suggests a valid value near %s=%s', (input, value, meant) => {
    const result = readInputs(getter({ [input]: value }));
    const fix = !result.ok ? (result.problems[0]?.fix ?? '') : '';
    // A value is suggested as a value: `fail-on: warning` in the action, `--fail-on warning` in the CLI.
    expect(inWords(fix, 'action')).toMatch(new RegExp(`^Did you mean \`${input}: ${meant}\`\\?`));
    expect(inWords(fix, 'cli')).toMatch(new RegExp(`^Did you mean \`--${input} ${meant}\`\\?`));
  });
  it.each([
    ['mode', 'online'],
    ['probe-write-scopes', 'fake'],
  ])('never suggests a value that checks less for a word two letters off: %s=%s', (input, value) => {
    const result = readInputs(getter({ [input]: value }));
    expect(!result.ok && result.problems[0]?.fix).not.toMatch(/Did you mean/);
  });
  it('suggests nothing for a value far from every valid one', () => {
    const result = readInputs(getter({ 'fail-on': 'ATATT3xFfGF0secret' }));
    expect(!result.ok && result.problems[0]?.fix).not.toMatch(/Did you mean/);
  });
});

describe('numeric inputs', () => {
  it('reads timeout-seconds and max-retries', () => {
    const result = readInputs(getter({ 'timeout-seconds': '15', 'max-retries': '0' }));
    expect(result.ok && result.options).toMatchObject({ timeoutSeconds: 15, maxRetries: 0 });
  });
  it.each([
    ['timeout-seconds', '0', 'from 1 to 600'],
    ['timeout-seconds', '1.5', 'from 1 to 600'],
    ['max-retries', '-1', 'from 0 to 10'],
    ['max-retries', 'many', 'from 0 to 10'],
  ])('rejects %s=%s', (input, value, range) => {
    const result = readInputs(getter({ [input]: value }));
    expect(!result.ok && result.problems[0]?.message).toContain(range);
  });
});

describe('Bitbucket inputs', () => {
  it('reads workspace and probe-write-scopes', () => {
    const result = readInputs(getter({ workspace: ' my-team ', 'probe-write-scopes': 'false' }));
    expect(result.ok && result.options).toMatchObject({ workspace: 'my-team', probeWriteScopes: false });
  });
  it('rejects a workspace that is not a slug', () => {
    const result = readInputs(getter({ workspace: 'https://bitbucket.org/my-team' }));
    expect(!result.ok && result.problems[0]?.message).toMatch(/workspace ID/);
  });
});

describe('an empty integration-json', () => {
  const forkPullRequest = {
    pull_request: {
      head: { repo: { full_name: 'someone/fork', fork: true } },
      base: { repo: { full_name: 'org/repo' } },
    },
  };
  it('recognises a pull request from a fork', () => {
    expect(whyNoSecrets({ eventName: 'pull_request', payload: forkPullRequest })).toBe('fork');
    const f = missingInputFinding('fail', { eventName: 'pull_request', payload: forkPullRequest });
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/pull request from a fork/);
    expect(inWords(f.fix ?? '', 'action')).toMatch(/if-missing: skip/);
  });
  it('recognises Dependabot', () => {
    expect(whyNoSecrets({ actor: 'dependabot[bot]' })).toBe('dependabot');
    expect(missingInputFinding('fail', { actor: 'dependabot[bot]' }).fix).toMatch(/Dependabot/);
  });
  it('names every cause when the payload says nothing, and the fork and Dependabot rule once', () => {
    const f = missingInputFinding('fail', { eventName: 'push' });
    expect(f.message).toMatch(/missing, named differently, or not passed to this run/);
    const said = `${f.message} ${f.fix ?? ''}`.match(/forks or by Dependabot/g) ?? [];
    expect(said).toHaveLength(1);
  });
  it('is a notice with if-missing: skip', () => {
    expect(missingInputFinding('skip', {}).severity).toBe('notice');
  });
});
