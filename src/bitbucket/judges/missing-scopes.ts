/**
 * One cause, one fix: the scopes proven missing are one finding that lists them, with the one fix (a
 * new token with all seven), and one annotation. Each scope's own verdict stays an error in the
 * summary's table, explained by it, with no fix of its own.
 */
import { BITBUCKET_TOKEN_FIX } from '../../entitle.js';
import { defineFindings, type Finding } from '../../findings.js';
import { REQUIRED_SCOPES } from '../plan.js';

export const { words: MISSING_SCOPES_WORDS, finding } = defineFindings({
  'bitbucket.missing_scopes': {
    section: 'bitbucket',
    title: 'Missing scopes',
    cause:
      'The token lacks one or more of the seven scopes Entitle needs (each scope row says how that was proven). Scopes cannot be added to an existing token.',
    fix: `Scopes cannot be added to an existing token. ${BITBUCKET_TOKEN_FIX}`,
  },
});

/** The scope verdicts, with the missing ones grouped under one finding that carries the fix. */
export function groupMissing(verdicts: readonly Finding[]): Finding[] {
  const missing = verdicts.filter((f) => f.id === 'bitbucket.scope' && f.severity === 'error');
  if (missing.length === 0) return [...verdicts];
  const scopes = missing.map((f) => f.scope as string);
  const count = scopes.length === 1 ? 'one' : `${scopes.length}`;
  const summary = finding(
    'bitbucket.missing_scopes',
    'error',
    `The token lacks ${count} of the ${REQUIRED_SCOPES.length} scopes Entitle needs: ${scopes.join(', ')}.`,
    { subject: 'app_token' },
  );
  // New findings, explained by the summary: a finding is never edited once made.
  const explained = verdicts.map((f) =>
    missing.includes(f) ? Object.freeze({ ...withoutFix(f), explainedBy: 'bitbucket.missing_scopes' }) : f,
  );
  return [summary, ...explained];
}

function withoutFix(f: Finding): Finding {
  const { fix: _fix, ...rest } = f;
  return rest;
}
