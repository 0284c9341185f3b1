/** A restored proof is trusted only when it is what a healthy full run of these credentials wrote. */
import { describe, expect, it } from 'vitest';
import { MAX_PROOF_BYTES, makeProof, proofFingerprint, readProof } from '../../src/proof/proof-format.js';
import { validDocument } from '../support/documents.js';

const NOW = new Date('2026-12-04T12:00:00Z');
const fingerprint = proofFingerprint(validDocument, undefined);
const fields = {
  fingerprint,
  provenAt: '2026-12-04T06:00:00.000Z',
  runId: '41',
  workspace: 'acme',
  jira: true,
  report: { status: 'healthy' as const, findings: [] },
};
const read = (text: string | undefined, maxAgeHours = 24) =>
  readProof(text, { fingerprint, now: NOW, maxAgeHours });

describe('the fingerprint', () => {
  it('is 32 hex characters, and changes with each credential and the workspace input', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const others = [
      proofFingerprint({ ...validDocument, app_token: `${validDocument.app_token}x` }, undefined),
      proofFingerprint({ ...validDocument, email: 'other@example.com' }, undefined),
      proofFingerprint(validDocument, 'acme'),
      proofFingerprint(
        { ...validDocument, jira_credentials: { ...validDocument.jira_credentials, key: 'k' } },
        undefined,
      ),
    ];
    expect(new Set([fingerprint, ...others]).size).toBe(5);
  });
});

describe('readProof', () => {
  it.each([
    ['a fresh healthy proof', makeProof(fields), 24, true, ''],
    ['no entry', undefined, 24, false, 'no earlier proof'],
    ['older than the setting', makeProof(fields), 5, false, 'older than 5 hours'],
    [
      'dated in the future',
      makeProof({ ...fields, provenAt: '2026-12-05T00:00:00.000Z' }),
      24,
      false,
      'future',
    ],
    [
      'another fingerprint',
      makeProof({ ...fields, fingerprint: '0'.repeat(32) }),
      24,
      false,
      'other credentials',
    ],
    ['not healthy', makeProof(fields).replace('"healthy"', '"unhealthy"'), 24, false, 'not a healthy proof'],
    [
      'another format',
      makeProof(fields).replace('"format":1', '"format":2'),
      24,
      false,
      'not a healthy proof',
    ],
    ['not JSON', '{"format":1,', 24, false, 'not JSON'],
    ['too large', ' '.repeat(MAX_PROOF_BYTES + 1), 24, false, 'too large'],
    [
      'a run id that is not a number',
      makeProof({ ...fields, runId: '1/../x' }),
      24,
      false,
      'not a healthy proof',
    ],
  ])('%s', (_, text, hours, ok, why) => {
    const verdict = read(text, hours);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.why).toContain(why);
  });
});
