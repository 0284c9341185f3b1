/** The CLI's entry point: all behaviour lives in main(). */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
