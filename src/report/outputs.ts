/** The step outputs and the JSON report. They carry statuses and finding texts, never credentials. */
import {
  mapFindingText,
  type Report,
  type Section,
  type SectionStatus,
  type Status,
  sectionStatus,
} from '../findings.js';
import { cutText } from './bounds.js';
import { plainText } from './server-text.js';

export interface ReportJson {
  status: Report['status'];
  healthy: boolean;
  missingScopes: string[];
  /** The fewest days left before a recorded expiry; absent when none is recorded. */
  expiresInDays?: number;
  /** When the credentials were last proven in full (ISO time). */
  provenAt?: string;
  /** The verdict of each section on its own, so Bitbucket and Jira can be gated separately. */
  sections: Partial<Record<Section, SectionStatus>>;
  findings: Report['findings'];
}

export function reportJson(report: Report): ReportJson {
  const sections: Partial<Record<Section, SectionStatus>> = {};
  for (const f of report.findings)
    sections[f.section] ??= sectionStatus(report.findings.filter((g) => g.section === f.section));
  return {
    status: report.status,
    healthy: report.status === 'healthy',
    missingScopes: report.missingScopes,
    ...(report.expiry?.inDays !== undefined ? { expiresInDays: report.expiry.inDays } : {}),
    ...(report.provenAt ? { provenAt: report.provenAt } : {}),
    sections,
    // Plain text in every string: the JSON is read by people and by other tools alike; each bounded.
    findings: report.findings.map((f) => mapFindingText(f, (text) => cutText(plainText(text)))),
  };
}

/** One part's own verdict, for gating on it alone: `skipped` when it was not checked. */
export function partStatus(report: Report, section: 'bitbucket' | 'jira'): Status {
  if (report.status === 'skipped') return 'skipped';
  const inSection = report.findings.filter((f) => f.section === section);
  const status = inSection.length === 0 ? 'not checked' : sectionStatus(inSection);
  return status === 'not checked' ? 'skipped' : status;
}

export function outputsFor(
  report: Report,
): Record<
  | 'status'
  | 'healthy'
  | 'bitbucket-status'
  | 'jira-status'
  | 'missing-scopes'
  | 'expires-in-days'
  | 'proven-at'
  | 'report',
  string
> {
  return {
    status: report.status,
    'bitbucket-status': partStatus(report, 'bitbucket'),
    'jira-status': partStatus(report, 'jira'),
    healthy: String(report.status === 'healthy'),
    'missing-scopes': report.missingScopes.join(','),
    'expires-in-days': report.expiry?.inDays === undefined ? '' : String(report.expiry.inDays),
    'proven-at': report.provenAt ?? '',
    report: JSON.stringify(reportJson(report)),
  };
}
