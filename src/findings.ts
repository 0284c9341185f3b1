/**
 * The one model of a check result. Every check yields findings; every renderer (annotations, job
 * summary, step outputs, CLI) reads findings and nothing else.
 */

import type { FailOn, InputName } from './inputs/input-specs.js';

export const severities = ['pass', 'notice', 'warning', 'inconclusive', 'error'] as const;
export type Severity = (typeof severities)[number];

export const statuses = ['healthy', 'degraded', 'unhealthy', 'inconclusive', 'skipped'] as const;
export type Status = (typeof statuses)[number];

/** Which part of the integration a finding speaks about; each has its own section in the summary. */
export type Section = 'input' | 'structure' | 'network' | 'bitbucket' | 'jira';

/**
 * An input named in a finding's words, with a value when it names a setting. Each host shows it its
 * own way (`workspace` and `mode: full` in the action; `--workspace` and `--mode full` in the CLI), so
 * a finding is written once, for both. What this returns is a reference, never shown as it is: the
 * renderers resolve it (src/report/face.ts).
 */
export function input(name: InputName, value?: string): string {
  return `${INPUT_OPEN}${name}${value === undefined ? '' : `=${value}`}${INPUT_CLOSE}`;
}

/**
 * Text a server sent, quoted in a finding (a refusal's message, a token's label): data, never markup.
 * Control characters, bidirectional overrides and links are dropped here; each renderer then shows it
 * as a quote (plain text) or a code span (Markdown), so a mention, a cross-reference or an address in
 * it never renders live.
 */
export function serverText(text: string, max = 160): string {
  const line = text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*/gi, '(a link, not shown)')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029\s]+/gu, ' ')
    .replace(/[\u27ea\u27eb\u27e6\u27e7]/g, '')
    .trim();
  return `${SERVER_OPEN}${line.length > max ? `${line.slice(0, max)}…` : line}${SERVER_CLOSE}`;
}

export const SERVER_OPEN = '\u27ea';
export const SERVER_CLOSE = '\u27eb';

/** The brackets of an input reference: characters no finding's own text uses. */
export const INPUT_OPEN = '\u27e6';
export const INPUT_CLOSE = '\u27e7';

/** A finding's stable identifier, e.g. `structure.app_token.prefix`; each is declared once, by its owner. */
export type FindingId = string;

/**
 * What a finding id means, declared beside the code that reports it (as an ESLint rule declares its
 * messages): its section, its title, when it is reported, and the default fix. The catalogue and the
 * troubleshooting page are assembled from these declarations.
 */
export interface FindingMeta {
  section: Section;
  title: string;
  /** When the finding is reported. */
  cause: string;
  /** What to do; a finding may give a more specific fix of its own. */
  fix: string;
}

export type FindingWords = Readonly<Record<string, FindingMeta>>;

export interface Finding {
  /** Stable identifier, declared with its words by the module that reports it. */
  id: FindingId;
  severity: Severity;
  section: Section;
  /** Short name of what was checked. */
  title: string;
  /** The field path or scope the finding is about; annotations are titled with it. */
  subject?: string;
  message: string;
  /** What to do about it; absent only on passes. */
  fix?: string;
  /** Where in the integration JSON (1-based), when the finding is about a place in it. */
  location?: { line: number; column: number };
  /** For per-scope verdicts: the Bitbucket scope. */
  scope?: string;
  /** Requests and answers that support the verdict, e.g. `GET /2.0/user → 403 (scope error)`. */
  evidence?: string[];
  /**
   * Not checked, because of the finding with this id (a host that could not be reached): shown as
   * "not checked" beside it, with no annotation or fix of its own.
   */
  dependsOn?: FindingId;
  /**
   * Explained by the finding with this id, which names the cause and its one fix: this one keeps
   * its verdict (a scope proven missing stays an error) but has no fix and no annotation of its own.
   */
  explainedBy?: FindingId;
  /**
   * For a finding about a recorded expiry: the days from the run's day to it (negative once past).
   * The `expires-in-days` output is the fewest of these, so it says only what a finding says.
   */
  daysLeft?: number;
}

export interface FindingInit {
  subject?: string;
  fix?: string;
  location?: { line: number; column: number };
  scope?: string;
  evidence?: string[];
  title?: string;
  dependsOn?: FindingId;
  explainedBy?: FindingId;
  daysLeft?: number;
}

/**
 * Declares the findings a module reports and gives it the function that makes them: a finding takes
 * its section, title and default fix from these words, so the words live with the code that uses them.
 */
export function defineFindings<const Words extends FindingWords>(words: Words) {
  return {
    words,
    finding: (id: keyof Words & string, severity: Severity, message: string, init: FindingInit = {}) =>
      makeFinding(id, words[id] as FindingMeta, severity, message, init),
  };
}

function makeFinding(
  id: FindingId,
  entry: FindingMeta,
  severity: Severity,
  message: string,
  init: FindingInit,
): Finding {
  const result: Finding = {
    id,
    severity,
    section: entry.section,
    title: init.title ?? entry.title,
    message,
  };
  if (init.subject !== undefined) result.subject = init.subject;
  // A finding that depends on another has no advice of its own: the other says what to do.
  const fix =
    init.dependsOn || init.explainedBy
      ? undefined
      : (init.fix ?? (severity === 'pass' ? undefined : entry.fix));
  if (fix !== undefined) result.fix = fix;
  if (init.location !== undefined) result.location = init.location;
  if (init.scope !== undefined) result.scope = init.scope;
  if (init.evidence !== undefined && init.evidence.length > 0) result.evidence = init.evidence;
  if (init.dependsOn !== undefined) result.dependsOn = init.dependsOn;
  if (init.explainedBy !== undefined) result.explainedBy = init.explainedBy;
  if (init.daysLeft !== undefined) result.daysLeft = init.daysLeft;
  // A finding is never edited after it is made: a changed verdict is a new finding.
  return Object.freeze(result);
}

/**
 * A new finding with every text in it passed through `text`: for scrubbing, for a host's words, for
 * plain text. The one list of a finding's texts, so no renderer forgets one.
 */
export function mapFindingText(f: Finding, text: (value: string) => string): Finding {
  const out: Finding = { ...f, title: text(f.title), message: text(f.message) };
  if (f.subject !== undefined) out.subject = text(f.subject);
  if (f.fix !== undefined) out.fix = text(f.fix);
  if (f.scope !== undefined) out.scope = text(f.scope);
  if (f.evidence !== undefined) out.evidence = f.evidence.map(text);
  return Object.freeze(out);
}

/** A section's own verdict; `not checked` when nothing in it was tried (offline, or skipped). */
export type SectionStatus = Status | 'not checked';

/** Findings that say a part was not tried at all. */
const NOT_CHECKED_IDS = new Set<FindingId>(['remote.skipped', 'jira.skipped']);

export function sectionStatus(inSection: readonly Finding[]): SectionStatus {
  if (inSection.length > 0 && inSection.every((f) => NOT_CHECKED_IDS.has(f.id))) return 'not checked';
  return deriveStatus(inSection);
}

export interface Report {
  /** Only the document's structure was checked (`mode: offline`). */
  structureOnly: boolean;
  status: Status;
  findings: Finding[];
  /** Bitbucket scopes proven missing, in the order Entitle documents them. */
  missingScopes: string[];
  /**
   * The recorded expiries, when a document was checked: the fewest days left (negative once past),
   * undefined when none is recorded. Absent when no document was checked.
   */
  expiry?: { inDays: number | undefined };
  /**
   * When the credentials were last proven in full (ISO time): this run's own time for a full check,
   * or the time of the earlier full check a run on a fresh proof relied on. Absent when nothing was
   * checked against the services.
   */
  provenAt?: string;
}

const rank: Record<Severity, number> = { pass: 0, notice: 1, warning: 2, inconclusive: 3, error: 4 };

export function severityAtLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}

/** The fewest days left among the findings about a recorded expiry; undefined when none speaks of one. */
export function fewestDaysLeft(findings: readonly Finding[]): number | undefined {
  const days = findings.flatMap((f) => (f.daysLeft === undefined ? [] : [f.daysLeft]));
  return days.length > 0 ? Math.min(...days) : undefined;
}

/** any error → unhealthy; else any inconclusive → inconclusive; else any warning → degraded; else healthy. */
export function deriveStatus(findings: readonly Finding[]): Status {
  const has = (s: Severity) => findings.some((f) => f.severity === s);
  if (has('error')) return 'unhealthy';
  if (has('inconclusive')) return 'inconclusive';
  if (has('warning')) return 'degraded';
  return 'healthy';
}

export function buildReport(
  findings: Finding[],
  options: {
    skipped?: boolean;
    structureOnly?: boolean;
    expiry?: Report['expiry'];
    provenAt?: string | undefined;
    /** The inputs were not valid: nothing was checked, so the verdict is inconclusive. */
    inputsInvalid?: boolean;
  } = {},
): Report {
  const missingScopes = findings
    .filter((f) => f.scope !== undefined && f.severity === 'error' && f.id === 'bitbucket.scope')
    .map((f) => f.scope as string);
  return {
    structureOnly: options.structureOnly === true,
    status: options.skipped ? 'skipped' : options.inputsInvalid ? 'inconclusive' : deriveStatus(findings),
    findings,
    missingScopes: [...new Set(missingScopes)],
    ...(options.expiry ? { expiry: options.expiry } : {}),
    ...(options.provenAt ? { provenAt: options.provenAt } : {}),
  };
}

/** Whether the report fails a step run with the given `fail-on` level. */
export function shouldFail(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never' || report.status === 'skipped') return false;
  return report.findings.some((f) => severityAtLeast(f.severity, failOn));
}
