// A step's sources: its focus nodes that the graph has, in order, each with the sources it cites;
// and the short line naming documents and sections that the handout prints.
import { describe, expect, it } from 'vitest';
import { citeLine, stepSources } from '../../src/model/stepSources';
import { storyGraph } from '../fixtures/storyFixtures';

describe('stepSources', () => {
  it('lists the focus nodes the graph has, in focus order, with their sources', () => {
    const found = stepSources(storyGraph(), ['forum:ajcc-dialogue', 'no:such', 'area:cybercrime']);
    expect(found.map((f) => f.key)).toEqual(['forum:ajcc-dialogue', 'area:cybercrime']);
    expect(found[0]).toMatchObject({ label: 'ASEAN-Japan Cybercrime Dialogue', kind: 'forum' });
    expect(found[1]?.sources).toEqual([
      { doc: 'joint-declaration-2014', section: '8', quote: 'Cybercrime' },
    ]);
  });

  it('names each document once with its sections, at most three and a count', () => {
    expect(
      citeLine([
        { doc: 'a', section: '1' },
        { doc: 'b', section: 'F2' },
        { doc: 'a', section: '2' },
        { doc: 'a', section: '1' },
        { doc: 'a', section: '3' },
        { doc: 'a', section: '4' },
      ]),
    ).toBe('a § 1, 2, 3 +1; b § F2');
  });
});
