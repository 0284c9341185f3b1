/** Every rendering of a report, as one string: what a leak test must search. */
import { buildReport, type Finding } from '../../src/findings.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { outputsFor } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

export function renderEverything(findings: Finding[]): string {
  const report = buildReport(findings);
  return [
    JSON.stringify(findings),
    renderSummary(report),
    renderText(report),
    ...Object.values(outputsFor(report)),
    ...annotationsFor(report.findings).flatMap((a) => [a.title, a.message]),
  ].join('\n');
}
