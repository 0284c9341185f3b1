/**
 * Every relative link in every Markdown file of the repository resolves: to a file or folder that
 * exists, and, with a `#fragment`, to a heading of that file (GitHub's slugs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const skipped = /(^|\/)(node_modules|\.cache|\.git|dist|coverage)(\/|$)/;
const markdown = (readdirSync(root, { recursive: true }) as string[])
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('.md') && !skipped.test(f));

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] as string)));
}

function links(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
    ...[...prose.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1] as string),
  ];
}

describe('relative links in Markdown', () => {
  it('finds the Markdown files', () => {
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'docs/how-it-works.md']));
  });

  it.each(markdown)('%s', (file) => {
    const broken = links(readFileSync(path.join(root, file), 'utf8'))
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .filter((target) => {
        const [where, fragment] = target.split('#') as [string, string | undefined];
        const resolved =
          where === ''
            ? path.join(root, file)
            : path.resolve(path.dirname(path.join(root, file)), decodeURI(where));
        if (!existsSync(resolved)) return true;
        if (!fragment || statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return false;
        return !anchors(resolved).has(fragment.toLowerCase());
      });
    expect(broken).toEqual([]);
  });
});
