/** The CLI's plain-text rendering of a report. */
import type { Report, Section } from '../findings.js';
import { findingLabel, headline, sectionOrder, sectionTitle } from './labels.js';
import { safeTerminalText } from './log.js';
import { plainText } from './server-text.js';

const clean = (text: string) => safeTerminalText(plainText(text));

const mark = { pass: 'ok  ', notice: 'note', warning: 'warn', inconclusive: '??  ', error: 'FAIL' } as const;
const colours = { pass: 32, notice: 36, warning: 33, inconclusive: 35, error: 31 } as const;
const statusColour = { healthy: 32, degraded: 33, unhealthy: 31, inconclusive: 35, skipped: 36 } as const;

export interface TextOptions {
  /** ANSI colours; the CLI enables them only on a terminal and never with NO_COLOR. */
  colour?: boolean;
  /** Section names of the face that renders: the CLI has options, not action inputs. */
  sectionTitles?: Partial<Record<Section, string>>;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (code: number, text: string) => (options.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = [`Entitle Bitbucket integration: ${paint(statusColour[report.status], headline(report))}`];
  if (report.missingScopes.length > 0)
    lines.push(`Missing scopes: ${clean(report.missingScopes.join(', '))}`);
  for (const section of sectionOrder) {
    const inSection = report.findings.filter((f) => f.section === section);
    if (inSection.length === 0) continue;
    lines.push('', `${options.sectionTitles?.[section] ?? sectionTitle[section]}:`);
    for (const f of inSection) {
      lines.push(
        `  [${f.dependsOn ? 'skip' : paint(colours[f.severity], mark[f.severity])}] ${clean(findingLabel(f))}: ${clean(f.message)}`,
      );
      if (f.severity !== 'pass' && f.fix) lines.push(`         fix: ${clean(f.fix)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Colour as terminal tools decide it: never with NO_COLOR (https://no-color.org); always with
 * FORCE_COLOR (but `0` or `false`); otherwise only on a terminal that is not TERM=dumb.
 */
export function useColour(env: Record<string, string | undefined>, isTty: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTty && env.TERM !== 'dumb';
}
