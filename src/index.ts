/** The action's entry point; all behaviour lives in run(). */
import { run } from './main.js';

await run();
