// Relation words fit the kinds they join, on the real data: an agreement is "adopted in" a
// country, a meeting "held in" it; the canvas, path sentences and Details say the same.
import { describe, expect, it } from 'vitest';
import { stepsOf } from '../../src/model/paths';
import { neighbourGroups } from '../../src/model/neighbourGroups';
import { buildElements } from '../../src/view/elements';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();

describe('held_in by the kind of its source', () => {
  it('reads "was adopted in" for an agreement and "was held in" for a meeting', () => {
    const [agreement] = stepsOf(graph, ['declaration:recaap', 'country:japan']);
    expect(agreement?.phrase).toBe('was adopted in');
    const [meeting] = stepsOf(graph, ['event:ajct-1', 'country:japan']);
    expect(meeting?.phrase).toBe('was held in');
    const [back] = stepsOf(graph, ['country:japan', 'declaration:recaap']);
    expect(back?.phrase).toBe('saw the adoption of');
  });

  it('labels the canvas edge by the same words', () => {
    const relation = (id: string) =>
      buildElements(graph).find((e) => e.data.id === id)?.data.relation as string | undefined;
    expect(relation('declaration:recaap->held_in->country:japan')).toBe('adopted in');
    expect(relation('event:ajct-1->held_in->country:japan')).toBe('held in');
  });

  it('groups a country’s neighbours under "Hosted" and "Adopted here"', () => {
    const headings = neighbourGroups(graph, 'country:malaysia').map((g) => g.heading);
    expect(headings).toEqual(expect.arrayContaining(['Hosted', 'Adopted here']));
    const adopted = neighbourGroups(graph, 'country:malaysia').find(
      (g) => g.heading === 'Adopted here',
    );
    expect(adopted?.neighbours.map((n) => n.key)).toEqual(['declaration:actip']);
  });
});
