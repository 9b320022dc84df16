// Text sized to its slide box: the largest size that fits, words wrapped as a slide program wraps
// them, a long word broken, and text too long for the smallest size cut at a word, saying so.
import { describe, expect, it } from 'vitest';
import { fitText, lineCount, textWidth } from '../../src/io/slideText';
import { contain } from '../../src/io/deckLayout';
import { pngSize } from '../../src/io/pngSize';
import { makePng } from '../helpers/makePng';

describe('slideText', () => {
  it('measures wider letters wider, and bold wider still', () => {
    expect(textWidth('WWWW', 20)).toBeGreaterThan(textWidth('iiii', 20));
    expect(textWidth('Cybercrime', 20, true)).toBeGreaterThan(textWidth('Cybercrime', 20));
    expect(textWidth('Cybercrime', 40)).toBeCloseTo(2 * textWidth('Cybercrime', 20), 6);
  });

  it('wraps at words and breaks a word wider than the box', () => {
    expect(lineCount('one two three', 100, 12)).toBe(1);
    expect(lineCount('one two three', textWidth('one two', 12) + 0.001, 12)).toBe(2);
    expect(lineCount('a\nb', 10, 12)).toBe(2);
    expect(lineCount('x'.repeat(60), textWidth('x'.repeat(20), 12) + 0.001, 12)).toBe(3);
  });

  it('takes the largest size that fits, else cuts at a word with the note given', () => {
    const box = { w: 3.7, h: 3.2 };
    expect(fitText('A short caption.', box, [20, 16, 12], '…').pt).toBe(20);
    const long = 'cooperation against transnational crime '.repeat(8).trim();
    const fitted = fitText(long, box, [20, 16, 12], '…');
    expect(fitted).toEqual({ pt: 16, text: long, whole: true });
    const cut = fitText(long.repeat(4), box, [20, 16, 12], '… (more)');
    expect(cut.pt).toBe(12);
    expect(cut.whole).toBe(false);
    expect(cut.text).toMatch(/^cooperation against .* \S+… \(more\)$/);
    expect(long.repeat(4).startsWith(cut.text.replace('… (more)', ''))).toBe(true);
    expect(lineCount(cut.text, box.w, 12) * 12 * 1.2).toBeLessThanOrEqual(box.h * 72);
  });
});

describe('pictures on a slide', () => {
  it('reads a PNG’s size and refuses what is not one, naming it', () => {
    expect(pngSize(makePng(30, 20))).toEqual({ width: 30, height: 20 });
    expect(() => pngSize(new Uint8Array(40), 'the picture of step 2')).toThrow(
      'the picture of step 2 is not a PNG image (40 bytes)',
    );
  });

  it('places a picture as large as its box allows, at its aspect, centred', () => {
    const box = { x: 1, y: 1, w: 8, h: 4 };
    expect(contain(box, { width: 400, height: 100 })).toEqual({ x: 1, y: 2, w: 8, h: 2 });
    expect(contain(box, { width: 100, height: 100 })).toEqual({ x: 3, y: 1, w: 4, h: 4 });
  });
});
