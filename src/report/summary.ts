/**
 * The job summary: the status first, then a table of checks per section, then what to fix, then the
 * evidence collapsed. Every string from a finding is escaped: findings can carry text that came from
 * the input (key names) or from remote services.
 */
import { type Finding, input, type Report, type Section, sectionStatus, severities } from '../findings.js';
import { cutToBytes, SUMMARY_MAX_BYTES } from './bounds.js';
import { escapeMarkdown as esc } from './escape.js';
import { inWords } from './face.js';
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

/** A row's verdict: "not checked" for a check that depends on another finding. */
function verdictCell(f: Finding): string {
  return f.dependsOn ? '⏭️ not checked' : `${severityIcon[f.severity]} ${f.severity}`;
}

/** What to do, most severe first: errors, then warnings, then inconclusive; one line per shared fix. */
function whatToDo(report: Report): string[] {
  const order = ['error', 'warning', 'inconclusive'] as const;
  const toFix = order.flatMap((severity) => report.findings.filter((f) => f.severity === severity && f.fix));
  if (toFix.length === 0) return [];
  const groups = new Map<string, Finding[]>();
  for (const f of toFix) {
    const key = `${f.severity}\u0000${f.fix}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines = ['### What to do', ''];
  for (const group of groups.values()) {
    const first = group[0] as Finding;
    const names = group.map((f) => `**${checkName(f)}**`).join(', ');
    lines.push(`- ${severityIcon[first.severity]} ${names}: ${esc(first.fix as string)}`);
  }
  return [...lines, ''];
}

function table(header: string, rows: string[]): string[] {
  return rows.length === 0 ? [] : [header, '| --- | --- | --- |', ...rows, ''];
}

function checkRow(f: Finding): string {
  return `| ${checkName(f)} | ${verdictCell(f)} | ${esc(f.message)} |`;
}

function scopeRow(f: Finding): string {
  const evidence = (f.evidence ?? []).map(esc).join('<br>') || esc(f.message);
  return `| \`${esc(f.scope as string)}\` | ${verdictCell(f)} | ${evidence} |`;
}

/** A section: its verdict, what did not pass, and what passed folded away. */
function sectionLines(section: Section, inSection: readonly Finding[]): string[] {
  const verdict = sectionStatus(inSection);
  const lines = [`### ${sectionTitle[section]}: ${sectionIcon[verdict]} ${verdict}`, ''];
  const passed = (f: Finding) => f.severity === 'pass';
  const checks = inSection.filter((f) => f.scope === undefined);
  const scopes = inSection.filter((f) => f.scope !== undefined);
  lines.push(...table('| Check | Result | Details |', checks.filter((f) => !passed(f)).map(checkRow)));
  lines.push(...table('| Scope | Verdict | Evidence |', scopes.filter((f) => !passed(f)).map(scopeRow)));
  const passing = [...checks.filter(passed).map(checkRow), ...scopes.filter(passed).map(scopeRow)];
  if (passing.length > 0) {
    lines.push(`<details><summary>${plural(passing.length, 'check', 'checks')} passed</summary>`, '');
    lines.push(...table('| Check | Result | Details |', passing), '</details>', '');
  }
  return lines;
}

function detailLines(report: Report): string[] {
  const detailed = report.findings.filter((f) => (f.evidence && f.scope === undefined) || f.location);
  if (detailed.length === 0) return [];
  const lines = ['<details><summary>Details</summary>', ''];
  for (const f of detailed) {
    lines.push(`- **${checkName(f)}** (\`${f.id}\`)`);
    if (f.location) lines.push(`  - at line ${f.location.line}, column ${f.location.column} of the JSON`);
    for (const e of f.evidence ?? []) lines.push(`  - ${esc(e)}`);
  }
  return [...lines, '', '</details>', ''];
}

/**
 * What was checked: the secret's copy of the document, not the one Entitle holds; and that Jira was
 * not configured, when the document has no jira_credentials (no Jira section then).
 */
function checkedLines(report: Report): string[] {
  if (!report.expiry) return [];
  const lines = [
    "**Checked:** the integration JSON in this repository's secret. Entitle keeps its own copy in its Bitbucket integration settings: keep the two the same.",
    '',
  ];
  if (!report.findings.some((f) => f.section === 'jira')) {
    lines.push(
      '**Jira Cloud:** not configured (the document has no `jira_credentials`): Entitle cannot read the email addresses Bitbucket hides, so it does not match users by email.',
      '',
    );
  }
  return lines;
}

/** Where the recorded expiries stand; or, when none is recorded, how to record them. */
function expiryLines(report: Report): string[] {
  if (!report.expiry) return [];
  const { inDays } = report.expiry;
  if (inDays === undefined) {
    const how = `**Token expiry** is not recorded: set ${input('token-expires-on')} (and ${input('jira-key-expires-on')} for the Jira key) to the dates chosen when the tokens were made, to be warned ${input('expiry-warning-days')} ahead.`;
    return [inWords(how, 'action'), ''];
  }
  const when =
    inDays < 0
      ? `passed ${-inDays} ${inDays === -1 ? 'day' : 'days'} ago`
      : inDays === 0
        ? 'is today'
        : `is in ${plural(inDays, 'day', 'days')}`;
  return [`**Token expiry:** the nearest recorded expiry ${when}.`, ''];
}

/** The status first; then, when anything needs doing, what to do; then each section; then the details. */
export function renderSummary(report: Report): string {
  const lines: string[] = [];
  lines.push(`## ${statusIcon[report.status]} Entitle Bitbucket integration: ${headline(report)}`, '');
  const tally = counts(report.findings);
  if (tally) lines.push(`${tally}.`, '');
  if (report.missingScopes.length > 0) {
    lines.push(`**Missing scopes:** ${report.missingScopes.map((s) => `\`${esc(s)}\``).join(', ')}`, '');
  }
  lines.push(...whatToDo(report));
  lines.push(...expiryLines(report));
  lines.push(...checkedLines(report));
  for (const section of sectionOrder) {
    const inSection = report.findings.filter((f) => f.section === section);
    // Each section has its own verdict: a Jira failure does not make Bitbucket look broken.
    if (inSection.length > 0) lines.push(...sectionLines(section, inSection));
  }
  lines.push(...detailLines(report));
  return cutToBytes(`${lines.join('\n')}\n`, SUMMARY_MAX_BYTES);
}
