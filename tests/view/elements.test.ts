// The model → Cytoscape elements mapping: one element per node and edge, kind classes, short
// labels, relations in words, and positions when given.
import { describe, expect, it } from 'vitest';
import { relationLabel } from '../../src/model/relationPhrases';
import { buildElements, positionsFit, wrapLabel } from '../../src/view/elements';
import { shortLabel } from '../../src/view/labelTexts';
import { viewGraph } from './viewFixture';

describe('buildElements', () => {
  it('maps every node and edge once, nodes with their kind class', () => {
    const g = viewGraph();
    const els = buildElements(g);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(g.order);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(g.size);
    const area = els.find((e) => e.data.id === 'area:cybercrime');
    expect(area?.classes).toBe('k-area');
    expect(area?.data).toMatchObject({ kind: 'area', label: 'Cybercrime', full: 'Cybercrime' });
  });

  it('shortens long labels but keeps the full one', () => {
    const decl = buildElements(viewGraph()).find((e) => e.data.id === 'declaration:d');
    expect(String(decl?.data.label).length).toBeLessThanOrEqual(42);
    expect(String(decl?.data.label)).toContain('\n');
    expect(String(decl?.data.label).endsWith('…')).toBe(true);
    expect(String(decl?.data.full)).toContain('Transnational Crime');
  });

  it('gives edges their relation in words and their ends', () => {
    const edge = buildElements(viewGraph()).find(
      (e) => e.data.id === 'event:ajcc-1->meeting_of->forum:ajcc',
    );
    expect(edge?.data).toMatchObject({
      source: 'event:ajcc-1',
      target: 'forum:ajcc',
      relation: 'meeting of',
    });
  });

  it('places nodes at the given positions', () => {
    const els = buildElements(viewGraph(), { 'area:cybercrime': { x: 5, y: -7 } });
    expect(els.find((e) => e.data.id === 'area:cybercrime')?.position).toEqual({ x: 5, y: -7 });
    expect(els.find((e) => e.data.id === 'forum:ajcc')?.position).toBeUndefined();
  });
});

describe('label helpers', () => {
  it('cuts at a word boundary and leaves short labels alone', () => {
    expect(shortLabel('Cybercrime')).toBe('Cybercrime');
    expect(shortLabel('one two three four five six', 14)).toBe('one two three…');
    expect(relationLabel('back_to_back')).toBe('back to back');
  });

  it('says whether positions fit the graph exactly', () => {
    const g = viewGraph();
    const all = Object.fromEntries(g.nodes().map((k) => [k, { x: 0, y: 0 }]));
    expect(positionsFit(g, all)).toBe(true);
    expect(positionsFit(g, { ...all, 'area:gone': { x: 0, y: 0 } })).toBe(false);
    const { 'area:cybercrime': _dropped, ...missing } = all;
    expect(positionsFit(g, missing)).toBe(false);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into lines that fit', () => {
    const upTo12 = (line: string) => line.length <= 12;
    expect(wrapLabel('Trafficking in Persons', upTo12)).toBe('Trafficking\nin Persons');
    expect(wrapLabel('Cybercrime', (line) => line.length <= 5)).toBe('Cybercrime');
  });
});
