import { readFileSync } from 'node:fs';

/** The demo article shipped with the project (the seed from shared/). */
export const seedText = readFileSync(new URL('../../demo/saraqeb.txt', import.meta.url), 'utf8');
