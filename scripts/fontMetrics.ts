/**
 * `npm run font-metrics`: reads the shipped label font (Atkinson Hyperlegible, from its
 * @fontsource package) and writes src/view/fontMetrics.json: the advance width of every
 * character the font's Latin subset draws and the kerning of every pair of them, in font units,
 * regular and bold. Label widths in the layout script, the label planner and the unit tests come
 * from this file, so they match what the browser draws with the same font on any machine.
 * tests/view/labelFont.test.ts fails while the file and the font disagree.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFontMetrics } from './readFontMetrics';

const out = resolve('src/view/fontMetrics.json');
writeFileSync(out, `${JSON.stringify(readFontMetrics())}\n`);
console.log(`font metrics → ${out}`);
