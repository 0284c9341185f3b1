// Derives the table of Bitbucket Cloud operations and the API-token scopes each requires from
// Atlassian's published OpenAPI spec (its `x-atlassian-oauth2-scopes`), into a committed fixture the
// simulator enforces and the probe-plan test reads, with the legacy OAuth names the spec's `security`
// entries give (Bitbucket sends those in x-accepted-oauth-scopes). Tests never read the spec itself.
// Usage: node scripts/derive-bitbucket-scopes.mjs [spec.json] [out.json]
import { readFileSync, writeFileSync } from 'node:fs';

const specPath = process.argv[2] ?? '../shared/bitbucket-openapi.json';
const outPath = process.argv[3] ?? 'test/fixtures/bitbucket-operations.json';
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const methods = ['get', 'put', 'post', 'delete', 'patch'];

const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of methods) {
    const op = item[method];
    if (!op) continue;
    const declared = op['x-atlassian-oauth2-scopes'];
    if (!declared) continue;
    const scopes = [...new Set(declared.flatMap((entry) => entry.scopes ?? []))].sort();
    const auth = [...new Set((op.security ?? []).flatMap((s) => Object.keys(s)))].sort();
    // The old OAuth scope names, which Bitbucket still sends in x-accepted-oauth-scopes.
    const legacy = [...new Set((op.security ?? []).flatMap((s) => s.oauth2 ?? []))].sort();
    operations.push({ method: method.toUpperCase(), path, scopes, legacy, auth });
  }
}
operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

const table = {
  source: 'Bitbucket Cloud OpenAPI spec (x-atlassian-oauth2-scopes)',
  revision: spec['x-revision'] ?? null,
  server: spec.servers?.[0]?.url ?? null,
  operations,
};
// One operation per line keeps diffs of a regenerated table readable.
const lines = operations.map((op) => `    ${JSON.stringify(op)}`);
writeFileSync(
  outPath,
  `{\n  "source": ${JSON.stringify(table.source)},\n  "revision": ${JSON.stringify(table.revision)},\n  "server": ${JSON.stringify(table.server)},\n  "operations": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
console.log(`Wrote ${operations.length} operations to ${outPath}.`);
