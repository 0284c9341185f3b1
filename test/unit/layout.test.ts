/** Architectural rules that keep behaviour uniform. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(import.meta.dirname, '../../src');
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f.replaceAll('\\', '/'), text: readFileSync(path.join(srcDir, f), 'utf8') }));

describe('source layout', () => {
  it('sends HTTP only through src/http.ts', () => {
    const offenders = sources.filter(
      (s) =>
        s.file !== 'http.ts' &&
        !s.file.endsWith('.d.ts') &&
        (/from 'undici'/.test(s.text) || /\bfetch\(/.test(s.text) || /node:https?'/.test(s.text)),
    );
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
});
