// Normalisation for search: folding, and mapping matches back onto the original text.
import { describe, expect, it } from 'vitest';
import { normalise, normaliseWords, rangesInOriginal } from '../../src/search/normalise';

describe('normalise', () => {
  it('folds case, accents, spaces, hyphens and punctuation away', () => {
    expect(normalise('Cyber-Crime').text).toBe('cybercrime');
    expect(normalise('AMMTC+Japan').text).toBe('ammtcjapan');
    expect(normalise('Đà Nẵng, Việt Nam').text).toBe('đanangvietnam');
    expect(normalise(' - ').text).toBe('');
  });

  it('keeps words apart, one space between, for phrase search', () => {
    expect(normaliseWords("Senior Officials' Meeting (SOMTC)").text).toBe(
      'senior officials meeting somtc',
    );
  });

  it('maps a normalised range back onto the original characters', () => {
    const original = 'ASEAN-Japan Cybercrime Dialogue';
    const norm = normalise(original);
    const at = norm.text.indexOf('japancyber');
    const [range] = rangesInOriginal(norm, [[at, at + 'japancyber'.length - 1]]);
    expect(range && original.slice(range[0], range[1] + 1)).toBe('Japan Cyber');
  });

  it('marks across a removed space, and merges ranges that overlap once mapped', () => {
    const norm = normalise('a b');
    expect(rangesInOriginal(norm, [[0, 1]])).toEqual([[0, 2]]);
    expect(
      rangesInOriginal(normalise('ab'), [
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([[0, 1]]);
  });
});
