/** The CLI's plain-text rendering of a report. */
import type { Report } from '../findings.js';
import { findingLabel, sectionOrder, sectionTitle, statusHeadline } from './labels.js';

const mark = { pass: 'ok  ', notice: 'note', warning: 'warn', inconclusive: '??  ', error: 'FAIL' } as const;

export function renderText(report: Report): string {
  const lines = [`Entitle Bitbucket integration: ${statusHeadline[report.status]}`];
  if (report.missingScopes.length > 0) lines.push(`Missing scopes: ${report.missingScopes.join(', ')}`);
  for (const section of sectionOrder) {
    const inSection = report.findings.filter((f) => f.section === section);
    if (inSection.length === 0) continue;
    lines.push('', `${sectionTitle[section]}:`);
    for (const f of inSection) {
      lines.push(`  [${mark[f.severity]}] ${findingLabel(f)}: ${f.message}`);
      if (f.severity !== 'pass' && f.fix) lines.push(`         fix: ${f.fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
