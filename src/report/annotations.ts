/**
 * Job annotations: one per finding that is not a pass. GitHub shows at most 10 annotations of each
 * level per step, so past that the rest are folded into a tenth that lists them.
 */
import type { Finding } from '../findings.js';
import { findingLabel } from './labels.js';
import { plainText } from './server-text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
}

export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export function levelOf(finding: Finding): AnnotationLevel | undefined {
  // Not checked because of another finding: that one is annotated, with the fix.
  if (finding.dependsOn || finding.explainedBy) return undefined;
  switch (finding.severity) {
    case 'error':
      return 'error';
    case 'warning':
    case 'inconclusive':
      return 'warning';
    case 'notice':
      return 'notice';
    default:
      return undefined;
  }
}

function annotationOf(finding: Finding, level: AnnotationLevel): Annotation {
  const prefix = finding.severity === 'inconclusive' ? 'Inconclusive: ' : '';
  const fix = finding.fix ? ` Fix: ${finding.fix}` : '';
  return {
    level,
    title: plainText(findingLabel(finding)),
    message: plainText(`${prefix}${finding.message}${fix} [${finding.id}]`),
  };
}

export function annotationsFor(findings: readonly Finding[]): Annotation[] {
  const result: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = findings.filter((f) => levelOf(f) === level);
    if (ofLevel.length <= MAX_ANNOTATIONS_PER_LEVEL) {
      result.push(...ofLevel.map((f) => annotationOf(f, level)));
      continue;
    }
    const shown = ofLevel.slice(0, MAX_ANNOTATIONS_PER_LEVEL - 1);
    const folded = ofLevel.slice(MAX_ANNOTATIONS_PER_LEVEL - 1);
    result.push(...shown.map((f) => annotationOf(f, level)));
    result.push({
      level,
      title: `${folded.length} more`,
      message: `${folded.map(findingLabel).join('; ')}. See the job summary for each one and its fix.`,
    });
  }
  return result;
}

/** Emits the findings' annotations through the runner, in the one format every annotation has. */
export function emitAnnotations(
  runner: { annotate(level: AnnotationLevel, message: string, title: string): void },
  findings: readonly Finding[],
): void {
  for (const a of annotationsFor(findings)) runner.annotate(a.level, a.message, a.title);
}
