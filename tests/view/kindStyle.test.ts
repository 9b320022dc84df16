// Every kind is told apart by colour and by shape alone (for black-and-white print and
// colour-vision deficiencies).
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/model/schema';
import { KIND_STYLE } from '../../src/view/kindStyle';

describe('KIND_STYLE', () => {
  it('gives each kind its own colour, shape and legend label', () => {
    const styles = NODE_KINDS.map((k) => KIND_STYLE[k]);
    for (const field of ['color', 'shape', 'legend', 'glyph'] as const) {
      expect(new Set(styles.map((s) => s[field])).size).toBe(NODE_KINDS.length);
    }
  });
});
