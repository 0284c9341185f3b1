/** Words and symbols shared by the renderers, so the summary, the CLI and the annotations agree. */
import type { Finding, Report, Section, SectionStatus, Severity, Status } from '../findings.js';

export const statusHeadline: Record<Status, string> = {
  healthy: 'healthy',
  degraded: 'degraded (works, with warnings)',
  unhealthy: 'unhealthy',
  inconclusive: 'inconclusive (could not be proven either way)',
  skipped: 'skipped',
};

export const statusIcon: Record<Status, string> = {
  healthy: '✅',
  degraded: '⚠️',
  unhealthy: '❌',
  inconclusive: '❔',
  skipped: '⏭️',
};

export const sectionIcon: Record<SectionStatus, string> = { ...statusIcon, 'not checked': '⏭️' };

/** The headline's verdict: for a structure-only run, says that the credentials were not checked. */
export function headline(report: Report): string {
  return report.structureOnly
    ? `${statusHeadline[report.status]}: structure only, the credentials were not checked`
    : statusHeadline[report.status];
}

export const severityIcon: Record<Severity, string> = {
  pass: '✅',
  notice: 'ℹ️',
  warning: '⚠️',
  inconclusive: '❔',
  error: '❌',
};

export const sectionTitle: Record<Section, string> = {
  input: 'Action inputs',
  structure: 'Integration document',
  network: 'Network',
  bitbucket: 'Bitbucket Cloud',
  jira: 'Jira Cloud',
};

export const sectionOrder: Section[] = ['input', 'structure', 'network', 'bitbucket', 'jira'];

/** A finding's name for humans: its title, with the field or scope when the title does not say it. */
export function findingLabel(f: Finding): string {
  return f.subject && !f.title.includes(f.subject) ? `${f.title} (${f.subject})` : f.title;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
