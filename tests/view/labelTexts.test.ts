// A label's texts: the full name, then the aliases that abbreviate it (never another name), then
// cuts at a word; on the real data the backbone's hubs get names a reader knows.
import { describe, expect, it } from 'vitest';
import { labelTexts, shortNames } from '../../src/view/labelTexts';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const namesOf = (key: string) =>
  shortNames(graph.getNodeAttribute(key, 'label'), graph.getNodeAttribute(key, 'aliases'));

describe('shortNames', () => {
  it('keeps the aliases that abbreviate the name, longest first', () => {
    expect(namesOf('declaration:2014-joint-declaration')).toEqual(['2014 Joint Declaration']);
    expect(namesOf('forum:ajct-dialogue')).toEqual(['AJCT Dialogue', 'AJCT']);
    expect(namesOf('declaration:somtc-japan-work-plan-2023-2027')).toEqual(['Work Plan 2023-2027']);
  });
  it('leaves out an alias that names something else', () => {
    expect(namesOf('organization:asean')).toEqual(['ASEAN']);
  });
  it('has none for a name without aliases', () => {
    expect(shortNames('Council of Europe', [])).toEqual([]);
  });
});

describe('labelTexts', () => {
  const d14 = graph.getNodeAttribute('declaration:2014-joint-declaration', 'label');
  it('tries the full name, then the short names, then only cuts shorter than those', () => {
    const ajct = graph.getNodeAttribute('forum:ajct-dialogue', 'label');
    const texts = labelTexts(ajct, ['AJCT Dialogue', 'AJCT'], { focus: false, row: false });
    expect(texts.slice(0, 3)).toEqual([ajct, 'AJCT Dialogue', 'AJCT']);
    expect(texts.slice(3).every((t) => t.length < 'AJCT'.length)).toBe(true);
    // A name longer than a paragraph's cut-off starts from its short name.
    const d14Texts = labelTexts(d14, ['2014 Joint Declaration'], { focus: false, row: false });
    expect(d14Texts[0]).toBe('2014 Joint Declaration');
  });
  it('gives a paragraph-long name to the focus only', () => {
    const paragraph = 'word '.repeat(30).trim();
    expect(labelTexts(paragraph, [], { focus: true, row: false })[0]).toBe(paragraph);
    const other = labelTexts(paragraph, [], { focus: false, row: false });
    expect(other).not.toContain(paragraph);
    expect(other[0]?.endsWith('…')).toBe(true);
  });
  it('cuts shorter still in a row of the focus frame', () => {
    const rows = labelTexts(d14, [], { focus: false, row: true });
    expect(Math.min(...rows.map((t) => t.length))).toBeLessThanOrEqual(12);
  });
});
