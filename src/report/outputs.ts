/** The step outputs and the JSON report. They carry statuses and finding texts, never credentials. */
import type { Report } from '../findings.js';

export interface ReportJson {
  status: Report['status'];
  healthy: boolean;
  missingScopes: string[];
  findings: Report['findings'];
}

export function reportJson(report: Report): ReportJson {
  return {
    status: report.status,
    healthy: report.status === 'healthy',
    missingScopes: report.missingScopes,
    findings: report.findings,
  };
}

export function outputsFor(
  report: Report,
): Record<'status' | 'healthy' | 'missing-scopes' | 'report', string> {
  return {
    status: report.status,
    healthy: String(report.status === 'healthy'),
    'missing-scopes': report.missingScopes.join(','),
    report: JSON.stringify(reportJson(report)),
  };
}
