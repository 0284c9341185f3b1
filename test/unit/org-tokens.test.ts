/** The organization's token list, judged over hand-written evidence: labels are data, shown plainly. */
import { describe, expect, it } from 'vitest';
import { orgTokens } from '../../src/organization/org-tokens-judge.js';
import { plainText } from '../../src/report/server-text.js';
import { judged, verdicts } from '../support/evidence.js';

const reply = {
  host: 'api.atlassian.com',
  request: 'GET …/api-tokens',
  status: 200,
  fault: undefined,
  label: '200',
};
const options = { daysUntil: (day: string) => Number(day.slice(8)) - 1, warningDays: 30 };

describe('organization tokens', () => {
  it.each([
    ['none readable', undefined, ['organization.token_expiry:notice']],
    ['none of the account', [], ['organization.token_expiry:notice']],
    ['only expired ones', [{ label: 'a', expiresOn: '2027-01-00' }], ['organization.token_expiry:notice']],
    [
      'one inside the window',
      [{ label: 'a', expiresOn: '2027-01-11' }],
      ['organization.token_expiry:warning'],
    ],
    ['all beyond it', [{ label: 'a', expiresOn: '2027-01-41' }], ['organization.token_expiry:pass']],
  ])('%s', (_, tokens, expected) => {
    expect(verdicts(judged(orgTokens, { reply, tokens }, options))).toEqual(expected);
  });

  it('shows a label as one short plain line, never a link or a control character', () => {
    const label = `ci\u202e\u0007 see https://evil.example/x ${'x'.repeat(60)}`;
    const [f] = judged(orgTokens, { reply, tokens: [{ label, expiresOn: '2027-01-41' }] }, options);
    expect(f?.message).not.toMatch(/https?:/);
    expect(f?.message).not.toContain('\u202e');
    expect(f?.message).not.toContain('\u0007');
    expect(plainText(f?.message ?? '')).toMatch(/“ci see \(a link, not shown\) x+…”/);
  });
});
