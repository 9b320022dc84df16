/**
 * Reads advance widths and kerning pairs out of the shipped font files (opentype.js), for
 * scripts/fontMetrics.ts and the test that checks src/view/fontMetrics.json is up to date.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { FaceMetrics, FontMetrics } from '../src/view/labelFont';

const require = createRequire(import.meta.url);
const FILES = {
  regular: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff',
  bold: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff',
} as const;

/** The characters measured: printable Latin-1 and general punctuation (dashes, quotes, …). */
function candidates(): string[] {
  const out: string[] = [];
  for (let c = 0x20; c < 0x250; c++) out.push(String.fromCharCode(c));
  for (let c = 0x2000; c < 0x2070; c++) out.push(String.fromCharCode(c));
  return out;
}

function readFace(file: string): FaceMetrics & { unitsPerEm: number } {
  const buf = readFileSync(require.resolve(file));
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const chars = candidates().filter((ch) => font.charToGlyph(ch).index > 0);
  const widths: Record<string, number> = {};
  for (const ch of chars) widths[ch] = font.charToGlyph(ch).advanceWidth ?? 0;
  const kerning: Record<string, number> = {};
  for (const a of chars) {
    for (const b of chars) {
      const k = font.getKerningValue(font.charToGlyph(a), font.charToGlyph(b));
      if (k) kerning[a + b] = k;
    }
  }
  return { unitsPerEm: font.unitsPerEm, widths, kerning };
}

/** The metrics of both faces, as src/view/fontMetrics.json holds them. */
export function readFontMetrics(): FontMetrics {
  const regular = readFace(FILES.regular);
  const bold = readFace(FILES.bold);
  return {
    family: 'Atkinson Hyperlegible',
    unitsPerEm: regular.unitsPerEm,
    regular: { widths: regular.widths, kerning: regular.kerning },
    bold: { widths: bold.widths, kerning: bold.kerning },
  };
}
