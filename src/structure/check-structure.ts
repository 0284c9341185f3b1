/**
 * The structure checks, text in and findings out: parse, then the judges of the parsed document (its
 * shape, its keys, its values), then the parts the remote checks can use. Pure.
 */
import type { Finding, FindingWords } from '../findings.js';
import { type Judge, runJudges } from '../judge.js';
import {
  type DocumentEvidence,
  integrationSchema,
  isPlainObject,
  jiraCredentialsSchema,
  Locator,
  type StructureResult,
} from './document-model.js';
import { JIRA_URL_WORDS } from './jira-url-check.js';
import { documentKeys } from './key-checks.js';
import { PARSE_WORDS, type ParsedDocument, parseIntegrationText } from './parse.js';
import { legacyShape, notAnObject, requiredFields, SHAPE_WORDS, validDocument } from './shape-checks.js';
import { fieldValues } from './value-checks.js';

/** The judges of a parsed document, in the order their findings are reported. */
export const structureJudges: readonly Judge<DocumentEvidence>[] = [
  legacyShape,
  documentKeys,
  requiredFields,
  fieldValues,
];

/** Every structure finding's words: the parser's, the shape's, and each judge's. */
export const STRUCTURE_WORDS: FindingWords = Object.freeze({
  ...PARSE_WORDS,
  ...SHAPE_WORDS,
  ...Object.assign({}, ...structureJudges.map((j) => j.words)),
  ...JIRA_URL_WORDS,
});

export function checkStructure(raw: string): StructureResult {
  const parsed = parseIntegrationText(raw);
  if (parsed.ok) return checkDocument(parsed.document);
  if (!parsed.recovered) return { findings: parsed.findings };
  // Not valid JSON, but what the parser recovered still shows placeholders, the legacy shape and field
  // errors: report them with the syntax error, never as a pass, and never let the remote checks run.
  // Key names are left out: in a damaged document a "key" can be a fragment of a value.
  const more = checkDocument(parsed.recovered).findings.filter(
    (f) => f.severity !== 'pass' && f.id !== 'structure.unknown_key' && f.id !== 'structure.duplicate_key',
  );
  return { findings: [...parsed.findings, ...more] };
}

function checkDocument(document: ParsedDocument): StructureResult {
  const where = new Locator(document);
  const { value } = document;
  if (!isPlainObject(value)) return { findings: [notAnObject(value, where)] };
  const evidence = { document, value, where, legacy: Object.hasOwn(value, 'app_password') };
  return usableParts(value, runJudges(structureJudges, evidence, undefined));
}

/**
 * The parts the remote checks can use. Problems confined to jira_credentials do not stop the
 * Bitbucket checks: the two are independent.
 */
function usableParts(value: Record<string, unknown>, judged: Finding[]): StructureResult {
  const isJira = (f: Finding) => f.subject?.startsWith('jira_credentials') ?? false;
  const errors = judged.filter((f) => f.severity === 'error');
  const bitbucketPart = integrationSchema.omit({ jira_credentials: true }).safeParse(value);
  const jiraPart = jiraCredentialsSchema.safeParse(value.jira_credentials);
  if (!bitbucketPart.success || errors.some((f) => !isJira(f))) return { findings: judged };
  const jiraUsable = jiraPart.success && !errors.some(isJira);
  return {
    findings: errors.length === 0 ? [...judged, validDocument()] : judged,
    integration: { ...bitbucketPart.data, ...(jiraUsable ? { jira_credentials: jiraPart.data } : {}) },
    ...(value.jira_credentials != null && !jiraUsable ? { jiraRejected: true } : {}),
  };
}
