/** The action's entry point; all behaviour lives in run(). */
import { run } from './lib/index.js';

await run();
