/**
 * Functions stay short enough to read at once: none in src/ spans more than 80 lines. Measured on the
 * syntax tree (TypeScript's own parser), so a function's nested helpers count toward its length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 60;
const srcDir = path.resolve(import.meta.dirname, '../../src');

function longFunctions(file: string): string[] {
  const text = readFileSync(path.join(srcDir, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_LINES) found.push(`${file}:${start + 1} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length', () => {
  it(`keeps every function in src/ within ${MAX_LINES} lines`, () => {
    const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
