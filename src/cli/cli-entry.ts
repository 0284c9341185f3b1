/**
 * The CLI's entry point: checks the Node version before loading anything that needs a newer one,
 * runs main(), and ends the process with main's status even if a stalled connection is still open.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`entitle-bitbucket-check needs Node 22 or later (found v${process.versions.node}).\n`);
  process.exit(3);
}
// Repeated local runs reuse V8's compiled code (in the system's temporary folder); the first run
// writes it. Not in the action, whose every job starts on a fresh machine.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('./run-cli.js');
process.exit(await main(process.argv.slice(2)));
