#!/usr/bin/env node
/**
 * The CLI's entry point: checks the Node version before loading anything that needs a newer one,
 * runs main(), and ends the process with main's status even if a stalled connection is still open.
 */
// package.json's engines: undici needs Node 22.19 (below it a full run fails inside the HTTP stack).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `entitle-bitbucket-check needs Node 22.19 or later (found v${process.versions.node}). In this checkout, \`npm start -- …\` runs it on the Node 24 that \`npm ci\` installs.\n`,
  );
  process.exit(3);
}
// Repeated local runs reuse V8's compiled code (in the system's temporary folder); the first run
// writes it. Not in the action, whose every job starts on a fresh machine.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('./lib/index.js');
process.exit(await main(process.argv.slice(2)));
