/**
 * One finding, two faces: fixes and messages are written for the action (inputs, the repository
 * secret); the CLI shows them in its own words (flags, the file or variable). Rendering only: the
 * findings themselves are not changed.
 */
import { SECRET_HELP } from '../entitle.js';
import type { Finding, Report } from '../findings.js';
import { inputSpecs } from '../run/options.js';

const FLAGS = new Set<string>(inputSpecs.filter((s) => s.cli.flag).map((s) => s.name));


/** "`mode: full`" → "`--mode full`", "`workspace`" → "`--workspace`", the secret → the file or variable. */
export function inCliWords(text: string): string {
  return text
    .replaceAll(SECRET_HELP, 'Update the file or the ENTITLE_BITBUCKET_INTEGRATION variable that holds the integration JSON.')
    .replace(/`([a-z-]+): ([^`]+)`/g, (all, name: string, value: string) =>
      FLAGS.has(name) ? `\`--${name} ${value}\`` : all,
    )
    .replace(/`([a-z-]+)`( input)?/g, (all, name: string) => (FLAGS.has(name) ? `\`--${name}\`` : all));
}

function findingInCliWords(f: Finding): Finding {
  return { ...f, message: inCliWords(f.message), ...(f.fix !== undefined ? { fix: inCliWords(f.fix) } : {}) };
}

export function reportInCliWords(report: Report): Report {
  return { ...report, findings: report.findings.map(findingInCliWords) };
}
