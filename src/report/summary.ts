/**
 * The job summary: the status first, then a table of checks per section, then what to fix, then the
 * evidence collapsed. Every string from a finding is escaped: findings can carry text that came from
 * the input (key names) or from remote services.
 */
import { type Finding, type Report, sectionStatus, severities } from '../findings.js';
import { escapeMarkdown as esc } from './escape.js';
import {
  findingLabel,
  headline,
  plural,
  sectionIcon,
  sectionOrder,
  sectionTitle,
  severityIcon,
  statusIcon,
} from './labels.js';

const countNames = {
  pass: ['passed', 'passed'],
  notice: ['notice', 'notices'],
  warning: ['warning', 'warnings'],
  inconclusive: ['inconclusive', 'inconclusive'],
  error: ['error', 'errors'],
} as const;

function counts(findings: readonly Finding[]): string {
  return severities
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, countNames[s][0], countNames[s][1]))
    .join(', ');
}

function checkName(f: Finding): string {
  return esc(findingLabel(f));
}

export function renderSummary(report: Report): string {
  const lines: string[] = [];
  lines.push(`## ${statusIcon[report.status]} Entitle Bitbucket integration: ${headline(report)}`, '');
  const tally = counts(report.findings);
  if (tally) lines.push(`${tally}.`, '');
  if (report.missingScopes.length > 0) {
    lines.push(`**Missing scopes:** ${report.missingScopes.map((s) => `\`${esc(s)}\``).join(', ')}`, '');
  }

  for (const section of sectionOrder) {
    const inSection = report.findings.filter((f) => f.section === section);
    if (inSection.length === 0) continue;
    // Each section has its own verdict: a Jira failure does not make Bitbucket look broken.
    const verdict = sectionStatus(inSection);
    lines.push(`### ${sectionTitle[section]}: ${sectionIcon[verdict]} ${verdict}`, '');
    const checks = inSection.filter((f) => f.scope === undefined);
    if (checks.length > 0) {
      lines.push('| Check | Result | Details |', '| --- | --- | --- |');
      for (const f of checks) {
        lines.push(`| ${checkName(f)} | ${severityIcon[f.severity]} ${f.severity} | ${esc(f.message)} |`);
      }
      lines.push('');
    }
    const scopes = inSection.filter((f) => f.scope !== undefined);
    if (scopes.length > 0) {
      lines.push('| Scope | Verdict | Evidence |', '| --- | --- | --- |');
      for (const f of scopes) {
        const evidence = (f.evidence ?? []).map(esc).join('<br>') || esc(f.message);
        lines.push(
          `| \`${esc(f.scope as string)}\` | ${severityIcon[f.severity]} ${f.severity} | ${evidence} |`,
        );
      }
      lines.push('');
    }
  }

  const toFix = report.findings.filter((f) => f.severity !== 'pass' && f.fix);
  if (toFix.length > 0) {
    // Findings that share a fix are listed once, most severe first in the order they came.
    const groups = new Map<string, Finding[]>();
    for (const f of toFix) {
      const key = `${f.severity}\u0000${f.fix}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    lines.push('### What to do', '');
    for (const group of groups.values()) {
      const first = group[0] as Finding;
      const names = group.map((f) => `**${checkName(f)}**`).join(', ');
      lines.push(`- ${severityIcon[first.severity]} ${names}: ${esc(first.fix as string)}`);
    }
    lines.push('');
  }

  const detailed = report.findings.filter((f) => (f.evidence && f.scope === undefined) || f.location);
  if (detailed.length > 0) {
    lines.push('<details><summary>Details</summary>', '');
    for (const f of detailed) {
      lines.push(`- **${checkName(f)}** (\`${f.id}\`)`);
      if (f.location) lines.push(`  - at line ${f.location.line}, column ${f.location.column} of the JSON`);
      for (const e of f.evidence ?? []) lines.push(`  - ${esc(e)}`);
    }
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n')}\n`;
}
