// The label font's metrics: widths read from the shipped font files (fontMetrics.json is what
// the font says, else: npm run font-metrics), growing with text and size, kerning applied.
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from '../../scripts/readFontMetrics';
import metricsJson from '../../src/view/fontMetrics.json';
import { LABEL_FONT_STACK, labelFont, textWidth, type FontMetrics } from '../../src/view/labelFont';

const metrics: FontMetrics = metricsJson;

describe('fontMetrics.json', () => {
  it('holds what the shipped font files say (else: npm run font-metrics)', () => {
    expect(metrics).toEqual(readFontMetrics());
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size, and bold is wider', () => {
    expect(textWidth('Cybercrime', 10, false)).toBeGreaterThan(textWidth('Cyber', 10, false));
    expect(textWidth('Cybercrime', 20, false)).toBeCloseTo(2 * textWidth('Cybercrime', 10, false));
    expect(textWidth('Money Laundering', 14, true)).toBeGreaterThan(
      textWidth('Money Laundering', 14, false),
    );
    expect(textWidth('W', 10, false)).toBeGreaterThan(textWidth('i', 10, false));
  });

  it('is the sum of the advance widths and the kerning of each pair, in font units', () => {
    const { widths, kerning } = metrics.regular;
    const pair = Object.keys(kerning)[0] ?? '';
    const [a = '', b = ''] = [...pair];
    const units = (widths[a] ?? 0) + (widths[b] ?? 0) + (kerning[pair] ?? 0);
    const expected = units / metrics.unitsPerEm;
    expect(textWidth(pair, 1, false)).toBeCloseTo(expected, 6);
  });

  it('counts characters outside ASCII, and a character the font lacks as a full em', () => {
    expect(textWidth('a…', 10, false)).toBeGreaterThan(textWidth('a', 10, false));
    expect(textWidth('Chairman’s', 10, false)).toBeGreaterThan(textWidth('Chairmans', 10, false));
    expect(textWidth('東', 10, false)).toBe(10);
  });
});

describe('labelFont', () => {
  it('names the shipped font first, in CSS font shorthand', () => {
    expect(LABEL_FONT_STACK.startsWith('"Atkinson Hyperlegible"')).toBe(true);
    expect(labelFont(12, true)).toBe(`bold 12px ${LABEL_FONT_STACK}`);
  });
});
