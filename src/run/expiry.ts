/**
 * Recorded expiry dates against the run's day. A token's expiry is chosen when it is made and cannot be
 * read through the API; the owner records it, and the run turns it into a warning weeks ahead.
 */
import { recordedTokenExpiry } from '../bitbucket/judges/token-expiry-bitbucket.js';
import type { RecordedExpiry } from '../entitle.js';
import type { Finding } from '../findings.js';
import { recordedKeyExpiry } from '../jira/judges/token-expiry-jira.js';
import type { Options } from './options.js';

const DAY_MS = 86_400_000;

/** Whole days from the run's day (UTC) to the given day: 0 on the day itself, negative once past. */
export function daysUntil(day: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / DAY_MS);
}

export interface Expiries {
  token?: RecordedExpiry;
  jiraKey?: RecordedExpiry;
}

export function recordedExpiries(options: Options, now: Date): Expiries {
  const of = (on: string | undefined): RecordedExpiry | undefined =>
    on === undefined
      ? undefined
      : { on, daysLeft: daysUntil(on, now), warningDays: options.expiryWarningDays };
  const token = of(options.tokenExpiresOn);
  const jiraKey = of(options.jiraKeyExpiresOn);
  return { ...(token ? { token } : {}), ...(jiraKey ? { jiraKey } : {}) };
}

/**
 * A recorded expiry is judged whether or not its part was checked: when no finding of the part speaks
 * of it (the part was skipped, the run offline, the document unusable), it is judged as not checked.
 */
export function expiriesNotJudged(
  expiries: Expiries,
  findings: readonly Finding[],
  answer: 'accepted' | 'not checked' = 'not checked',
): Finding[] {
  const judged = (section: Finding['section']) =>
    findings.some((f) => f.section === section && f.daysLeft !== undefined);
  return [
    ...(expiries.token && !judged('bitbucket') ? recordedTokenExpiry(expiries.token, answer) : []),
    ...(expiries.jiraKey && !judged('jira') ? recordedKeyExpiry(expiries.jiraKey, answer) : []),
  ];
}
