// Near-duplicate labels: what folding makes equal, what one edit joins, and what stays apart
// (different numbers, short acronyms, labels two edits apart).
import { describe, expect, it } from 'vitest';
import { nearDuplicateLabels } from '../../src/model/nearDuplicateLabels';
import { graphBuilder } from '../helpers/graphBuilder';

function pairsOf(labels: string[]) {
  const b = graphBuilder();
  labels.forEach((label, i) => b.node(`n${i}`, 'area', label));
  return nearDuplicateLabels(b.graph).map((p) => [p.first, p.second, p.edits]);
}

describe('nearDuplicateLabels', () => {
  it('pairs labels equal once case, diacritics and punctuation are folded', () => {
    expect(pairsOf(['Cyber crime', 'CYBER-CRIME', 'Cybercrime', 'Piracy'])).toEqual([
      ['n0', 'n1', 0],
      ['n0', 'n2', 0],
    ]);
    expect(pairsOf(['Việt Nam', 'Viet Nam'])).toEqual([['n0', 'n1', 0]]);
  });

  it('pairs labels one letter apart: added, removed or changed', () => {
    expect(pairsOf(['Transnational crime', 'Transnational crimes'])).toEqual([['n0', 'n1', 1]]);
    expect(pairsOf(['Money laundering', 'Money laundring'])).toEqual([['n0', 'n1', 1]]);
    expect(pairsOf(['Trafficking', 'Traffickinq'])).toEqual([['n0', 'n1', 1]]);
  });

  it('keeps apart labels two edits apart, with different numbers, or short and different', () => {
    expect(pairsOf(['Terrorism', 'Tourism'])).toEqual([]);
    expect(pairsOf(['SOMTC 2015', 'SOMTC 2016', '1st Dialogue', '2nd Dialogue'])).toEqual([]);
    expect(pairsOf(['ARF', 'ADF', 'ARF'])).toEqual([['n0', 'n2', 0]]);
  });

  it('pairs every later node of a repeated label with the first one', () => {
    expect(pairsOf(['Japan', 'Japan', 'Japan'])).toEqual([
      ['n0', 'n1', 0],
      ['n0', 'n2', 0],
    ]);
  });
});
