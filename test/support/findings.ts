/** Findings made by hand for renderer tests: any id of the catalogue, with its declared words. */
import { catalogue } from '../../src/catalogue.js';
import { defineFindings } from '../../src/findings.js';

export const { finding } = defineFindings(catalogue);
