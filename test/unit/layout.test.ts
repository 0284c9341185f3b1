/**
 * The layout draws the flow host → run → checks → net, and the tests hold it there. Imports are read
 * from the syntax tree (TypeScript's own parser): every import and export declaration, and every
 * dynamic `import()`, exactly as written, subpaths of a package included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(import.meta.dirname, '../../src');
const files = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replaceAll('\\', '/'));

/** Each file's import specifiers, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(srcDir, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folder of src/ a file is in ('' at the top), and of what a relative import points at. */
const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] as string) : '');
function importedFolders(file: string): string[] {
  return importsOf(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)))
    .map(folderOf);
}

/** Who may import whom: hosts → run → checks (structure, bitbucket, jira) → net; report and transcript beside. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  action: ['run', 'report', 'structure', 'transcript', 'proof'],
  cli: ['run', 'report', 'transcript', 'structure'],
  run: ['structure', 'bitbucket', 'jira', 'organization', 'proof', 'net', 'transcript', 'inputs'],
  proof: ['structure', 'bitbucket', 'jira', 'net'],
  transcript: ['structure', 'bitbucket', 'jira', 'organization', 'net'],
  bitbucket: ['structure', 'net'],
  jira: ['structure', 'net'],
  organization: ['net'],
  structure: [],
  net: [],
  // The step's inputs, as data: a finding names an input by its typed name.
  inputs: [],
  // The CLI's face names flags from the list of inputs.
  report: ['inputs'],
  // library.ts exports the hosts' entry functions; the catalogue assembles every part's words.
  '': [
    'structure',
    'bitbucket',
    'jira',
    'organization',
    'proof',
    'net',
    'run',
    'report',
    'action',
    'cli',
    'inputs',
  ],
};

describe('source layout', () => {
  it('imports undici and sends HTTP only in src/net/', () => {
    const offenders = files.filter(
      (f) =>
        folderOf(f) !== 'net' &&
        importsOf(f).some(
          (s) => s === 'undici' || s.startsWith('undici/') || /^node:(https?|net|tls)$/.test(s),
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('imports no private path of a dependency', () => {
    const privatePaths = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
        .filter((s) => (s.startsWith('@') ? s.split('/').length > 2 : s.includes('/')))
        .map((s) => `${f}: ${s}`),
    );
    expect(privatePaths).toEqual([]);
  });

  it('draws the flow host → run → checks → net', () => {
    const wrong = files.flatMap((f) => {
      const from = folderOf(f);
      const allowed = MAY_IMPORT[from];
      if (!allowed) return [`${f}: src/${from}/ is not a known folder`];
      return importedFolders(f)
        .filter((to) => to !== from && to !== '' && !allowed.includes(to))
        .map((to) => `${f} → src/${to}/`);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the shared model at the top of src/ below every folder but the document and the inputs', () => {
    // catalogue.ts and library.ts assemble the parts; every other file at the top (findings, judge,
    // entitle, scrub, …) is imported by the checks, so it may not reach back up into them.
    const assemblers = ['catalogue.ts', 'library.ts'];
    const wrong = files
      .filter((f) => folderOf(f) === '' && !assemblers.includes(f))
      .flatMap((f) =>
        importedFolders(f)
          .filter((to) => !['', 'structure', 'inputs'].includes(to))
          .map((to) => `${f} → src/${to}/`),
      );
    expect(wrong).toEqual([]);
  });

  it('has no import circle: every import runs one way', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .filter((s) => s.startsWith('.'))
          .map((s) =>
            path.posix.normalize(path.posix.join(path.posix.dirname(f), s)).replace(/\.js$/, '.ts'),
          ),
      ]),
    );
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('keeps judges pure: a judge imports no gatherer and no HTTP client', () => {
    const judges = files.filter((f) => f.includes('/judges/'));
    expect(judges.length).toBeGreaterThan(0);
    const wrong = judges.flatMap((f) =>
      importsOf(f)
        .filter((s) => /gather|net\/client|net\/transport/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('holds at most eight files at the top of src/', () => {
    expect(files.filter((f) => !f.includes('/')).length).toBeLessThanOrEqual(8);
  });

  it('gives no two files the same name', () => {
    const byName = new Map<string, string[]>();
    for (const f of files)
      byName.set(path.posix.basename(f), [...(byName.get(path.posix.basename(f)) ?? []), f]);
    expect([...byName.values()].filter((list) => list.length > 1)).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = files
      .map((f) => ({ f, lines: readFileSync(path.join(srcDir, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300)
      .map(({ f, lines }) => `${f} (${lines} lines)`);
    expect(long).toEqual([]);
  });
});
