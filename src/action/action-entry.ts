/** The action's entry point: all behaviour lives in run(). */
import { run } from './run-action.js';

await run();
// The outputs and the summary are written; a stalled connection must not keep the job waiting.
process.exit();
