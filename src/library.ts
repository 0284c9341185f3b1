/**
 * What the bundle exports: the action's run() and the CLI's main(). Both entry points (dist/index.js
 * for the action, dist/cli.js for the CLI) load this one bundle, so dist/ holds one copy of the code.
 */

export { run } from './action/run-action.js';
export { main } from './cli/run-cli.js';
