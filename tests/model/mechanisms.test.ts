// The mechanisms an area's answer names beyond its forums, on the real data: the instruments
// covering it with their standing bodies, and the forums no source ties to any area.
import { describe, expect, it } from 'vitest';
import { instrumentsCovering, untiedChannels } from '../../src/model/mechanisms';
import { QueryError } from '../../src/model/queryErrors';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();

describe('instrumentsCovering', () => {
  it('puts ReCAAP, with its Information Sharing Centre, first for sea piracy', () => {
    const [first, ...rest] = instrumentsCovering(graph, 'area:sea-piracy');
    expect(first).toMatchObject({
      instrument: 'declaration:recaap',
      how: 'direct',
      bodies: ['organization:recaap-isc'],
      inferred: false,
    });
    expect(first?.nodes).toEqual(['area:sea-piracy', 'declaration:recaap']);
    expect(rest.map((c) => c.instrument)).toContain('declaration:somtc-japan-work-plan-2023-2027');
  });

  it('gives trafficking in persons its conventions and plans, not the umbrella declaration', () => {
    const keys = instrumentsCovering(graph, 'area:trafficking-in-persons').map((c) => c.instrument);
    expect(keys).toEqual(expect.arrayContaining(['declaration:actip', 'declaration:rpa']));
    expect(keys).not.toContain('declaration:2014-joint-declaration');
  });

  it('finds none for money laundering, and refuses a key that is not an area', () => {
    expect(instrumentsCovering(graph, 'area:money-laundering')).toEqual([]);
    expect(() => instrumentsCovering(graph, 'forum:ammtc')).toThrow(QueryError);
  });
});

describe('untiedChannels', () => {
  it('names the forums tied to no area, with what reinforces them and what was adopted in them', () => {
    const untied = untiedChannels(graph);
    expect(untied.map((c) => c.forum).sort()).toEqual([
      'forum:ammtc-japan',
      'forum:aseanapol',
      'forum:oda',
      'forum:somtc',
      'forum:somtc-japan',
    ]);
    const somtcJapan = untied.find((c) => c.forum === 'forum:somtc-japan');
    expect(somtcJapan?.reinforcedBy).toEqual(['declaration:2014-joint-declaration']);
    expect(somtcJapan?.adopted).toEqual(
      expect.arrayContaining(['declaration:somtc-japan-work-plan-2015-2017']),
    );
  });
});
