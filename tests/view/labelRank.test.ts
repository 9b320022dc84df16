// The order labels are placed in: by role first; within the overview's backbone, the map's centre
// (the 2014 declaration's 58 links), then the crime areas, then the other hubs, then the kinds.
import { describe, expect, it } from 'vitest';
import { CENTRE_DEGREE, HUB_DEGREE, labelRank } from '../../src/view/labelRoles';

describe('labelRank', () => {
  const backbone = (kind: Parameters<typeof labelRank>[1], degree: number) =>
    labelRank('backbone', kind, degree);

  it('names the centre of the map before the crime areas, and the areas before other hubs', () => {
    const order = [
      backbone('declaration', CENTRE_DEGREE + 28),
      backbone('area', 2),
      backbone('organization', HUB_DEGREE + 6),
      backbone('declaration', HUB_DEGREE),
      backbone('declaration', HUB_DEGREE - 1),
      backbone('forum', 3),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps the role first: a neighbour of the focus before any centre of the overview', () => {
    expect(labelRank('near', 'country', 1)).toBeLessThan(backbone('declaration', 58));
    expect(labelRank('focus', 'action', 1)).toBeLessThan(labelRank('near', 'declaration', 58));
  });
});
