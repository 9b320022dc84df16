// Every relation is worded in both directions and as both neighbour headings, distinctly.
import { describe, expect, it } from 'vitest';
import { RELATION_PHRASES, relationPhrase } from '../../src/model/relationPhrases';
import { RELATIONS } from '../../src/model/schema';

describe('RELATION_PHRASES', () => {
  it('words every relation of the vocabulary, and nothing else', () => {
    expect(Object.keys(RELATION_PHRASES).sort()).toEqual([...RELATIONS].sort());
    for (const r of RELATIONS) {
      const p = RELATION_PHRASES[r];
      for (const words of [p.forward, p.backward, p.outHeading, p.inHeading])
        expect(words.trim()).not.toBe('');
    }
  });

  it('tells the two directions apart, except for the symmetric back-to-back', () => {
    for (const r of RELATIONS) {
      const p = RELATION_PHRASES[r];
      if (r === 'back_to_back') continue;
      expect(p.forward).not.toBe(p.backward);
      expect(p.outHeading).not.toBe(p.inHeading);
    }
  });

  it('reads an edge forwards or backwards', () => {
    expect(relationPhrase('sets_out', true)).toBe('sets out');
    expect(relationPhrase('sets_out', false)).toBe('is set out in');
  });
});
