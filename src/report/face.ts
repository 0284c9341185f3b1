/**
 * One finding, two faces: a finding names inputs by reference (`input()` in src/findings.ts), and each
 * host shows them its own way: the action as inputs (`workspace`, `mode: full`) and the repository
 * secret; the CLI as flags (`--workspace`, `--mode full`) and the file or variable. Rendering only:
 * the findings themselves are not changed.
 */
import { IN_THE_SECRET, SECRET_HELP } from '../entitle.js';
import { type Finding, INPUT_CLOSE, INPUT_OPEN, mapFindingText, type Report } from '../findings.js';
import { inputSpecs } from '../inputs/input-specs.js';

export type Face = 'action' | 'cli';

const FLAGS = new Set<string>(inputSpecs.filter((s) => s.cli.flag).map((s) => s.name));
const REFERENCE = new RegExp(`${INPUT_OPEN}([a-z-]+)(?:=([^${INPUT_CLOSE}]*))?${INPUT_CLOSE}`, 'g');
const CLI_SECRET_HELP =
  "Update the file or the ENTITLE_BITBUCKET_INTEGRATION variable that holds the integration JSON, and the same JSON in Entitle's Bitbucket integration settings.";

const CLI_IN_THE_SECRET = 'in the integration JSON you check (the file or ENTITLE_BITBUCKET_INTEGRATION)';

function reference(face: Face, name: string, value: string | undefined): string {
  if (face === 'cli' && FLAGS.has(name))
    return value === undefined ? `\`--${name}\`` : `\`--${name} ${value}\``;
  return value === undefined ? `\`${name}\`` : `\`${name}: ${value}\``;
}

/** The text with each input reference resolved for the face that shows it. */
export function inWords(text: string, face: Face): string {
  const resolved = text.replace(REFERENCE, (_, name: string, value: string | undefined) =>
    reference(face, name, value),
  );
  return face === 'cli'
    ? resolved.replaceAll(SECRET_HELP, CLI_SECRET_HELP).replaceAll(IN_THE_SECRET, CLI_IN_THE_SECRET)
    : resolved;
}

export function findingInWords(f: Finding, face: Face): Finding {
  return mapFindingText(f, (text) => inWords(text, face));
}

/** The report as one host shows it; every renderer then reads this. */
export function reportInWords(report: Report, face: Face): Report {
  return { ...report, findings: report.findings.map((f) => findingInWords(f, face)) };
}
