/**
 * The troubleshooting page, generated from the catalogue of findings so the two never drift:
 * `npm run docs` writes docs/troubleshooting.md, and a test fails when the file differs.
 */
import { type CatalogueEntry, catalogue } from '../catalogue.js';
import { sectionOrder, sectionTitle } from './labels.js';

export function renderTroubleshooting(): string {
  const lines = [
    '# Troubleshooting',
    '',
    '<!-- Generated from src/catalogue.ts by `npm run docs`; edit the catalogue, not this file. -->',
    '',
    'Every finding the action reports has a stable id, shown at the end of each annotation (`[structure.json]`)',
    'and in the `report` output. This page lists them all: when each is reported, and what to do. A finding',
    'may give a more specific fix of its own in its message.',
    '',
    'Severities: **error** fails the step by default; **inconclusive** means the check could not prove',
    'anything either way (a network fault, a 5xx, a timeout); **warning** and **notice** inform.',
    '',
  ];
  const entries = Object.entries(catalogue) as [string, CatalogueEntry][];
  for (const section of sectionOrder) {
    const inSection = entries.filter(([, e]) => e.section === section);
    if (inSection.length === 0) continue;
    lines.push(`## ${sectionTitle[section]}`, '');
    for (const [id, entry] of inSection) {
      lines.push(
        `### \`${id}\` — ${entry.title}`,
        '',
        `**When:** ${entry.cause}`,
        '',
        `**Fix:** ${entry.fix}`,
        '',
      );
    }
  }
  return lines.join('\n');
}
