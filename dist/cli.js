#!/usr/bin/env node
/** The CLI's entry point: all behaviour lives in main(). */
import { main } from './lib/index.js';

process.exitCode = await main(process.argv.slice(2));
