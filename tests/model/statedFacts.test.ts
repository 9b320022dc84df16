// The stated facts an analyst can quote (issue "Answers an analyst can quote"): each link is in
// the real data, with the passage that states it, and inferred only where no quote states it.
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes } from '../../src/model/schema';
import { phraseOf, relationLabel } from '../../src/model/relationPhrases';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const D04 = 'declaration:2004-joint-declaration';
const D14 = 'declaration:2014-joint-declaration';

/** The edge `source -relation-> target`; fails the test when it is missing. */
function edge(source: string, relation: string, target: string): EdgeAttributes {
  const key = `${source}->${relation}->${target}`;
  expect(graph.hasEdge(key), key).toBe(true);
  return graph.getEdgeAttributes(key);
}

/** The edge cites `quote` (a part of one of its quotes) in `doc` § `section`. */
function expectCites(e: EdgeAttributes, doc: string, section: string, quote: string): void {
  expect(
    e.sources.some((s) => s.doc === doc && s.section === section && s.quote.includes(quote)),
    `${doc} § ${section}: ${quote}`,
  ).toBe(true);
}

describe('stated facts in data/graph.json', () => {
  it('has the 2004 declaration give the impetus for the AJCT and AJCC Dialogues, stated', () => {
    const ajct = edge(D04, 'gave_rise_to', 'forum:ajct-dialogue');
    expectCites(ajct, 'jaif-factsheet-2022', 'support-¶1', 'provided the impetus for');
    expectCites(ajct, 'ajct12-project-card-2021', 'background-¶2', 'served as the catalyst');
    const ajcc = edge(D04, 'gave_rise_to', 'forum:ajcc-dialogue');
    expectCites(ajcc, 'jaif-factsheet-2022', 'support-¶1', 'AJCC) Dialogue since 2014');
    for (const e of [ajct, ajcc]) expect(e.inference).toBeUndefined();
    expect(phraseOf('gave_rise_to').forward).toBe('gave the impetus for');
  });

  it('has the 2014 declaration, which reinforces both Dialogues, cite the impetus on those edges', () => {
    // Two nodes take one edge: the reinforces edge carries the impetus too.
    for (const forum of ['forum:ajct-dialogue', 'forum:ajcc-dialogue']) {
      const e = edge(D14, 'reinforces', forum);
      expectCites(e, 'jaif-factsheet-2022', 'support-¶1', 'provided the impetus for');
      expect(e.description).toMatch(/impetus/);
    }
    expectCites(
      edge(D14, 'reinforces', 'forum:ajct-dialogue'),
      'ajct12-project-card-2021',
      'background-¶2',
      'served as the catalyst',
    );
  });

  it('has ASEAN and Japan as parties of both joint declarations', () => {
    for (const d of [D04, D14]) {
      edge(d, 'involves', 'organization:asean');
      edge(d, 'involves', 'country:japan');
    }
    expectCites(
      edge(D04, 'involves', 'organization:asean'),
      'jaif-factsheet-2022',
      'support-¶1',
      'ASEAN and Japan’s adoption of the Joint Declarations in 2004 and 2014',
    );
  });

  it('makes the Vision Statement its own node, implemented by its Revised Implementation Plan', () => {
    const vision = 'declaration:vision-statement-asean-japan';
    const plan = 'declaration:vision-statement-implementation-plan';
    expect(graph.getNodeAttribute(vision, 'label')).toBe(
      'Vision Statement on ASEAN-Japan Friendship and Cooperation',
    );
    expect(graph.getNodeAttribute(plan, 'aliases')).toEqual([]);
    expectCites(
      edge(plan, 'implements', vision),
      'ajct12-project-card-2021',
      'aims-¶3',
      'Revised Implementation Plan of the Vision Statement',
    );
    edge('project:ajct-12-dialogue', 'supports', plan);
  });

  it('has Japan’s policy of Proactive Contribution to Peace, supported per the 2014 declaration', () => {
    const pcp = 'declaration:proactive-contribution-to-peace';
    expect(graph.getNodeAttribute(pcp, 'label')).toBe('Proactive Contribution to Peace');
    expect(graph.getNodeAttribute(pcp, 'description')).toMatch(/no kind is for a policy/);
    expectCites(
      edge(D14, 'supports', pcp),
      'joint-declaration-2014',
      'preamble-affirming',
      'AFFIRMING ASEAN’s support for Japan’s policy of “Proactive Contribution to Peace”',
    );
    expectCites(
      edge(pcp, 'involves', 'country:japan'),
      'joint-declaration-2014',
      'preamble-affirming',
      'Japan’s policy',
    );
    edge(pcp, 'involves', 'organization:asean');
  });

  it('has SOMTC+Japan develop the succeeding work plan, inferred as 2023-2027', () => {
    const e = edge('forum:somtc-japan', 'develops', 'declaration:somtc-japan-work-plan-2023-2027');
    expectCites(e, 'jaif-factsheet-2022', 'support-¶2', 'SOMTC and Japan are developing');
    expect(e.inference).toMatch(/2023–2027/);
    expectCites(
      edge('declaration:somtc-japan-work-plan-2015-2017', 'adopted_at', 'forum:somtc-japan'),
      'jaif-factsheet-2022',
      'support-¶2',
      'was first developed and adopted in 2015',
    );
    edge('declaration:somtc-japan-work-plan-2018-2022', 'adopted_at', 'forum:somtc-japan');
  });

  it('has the named but absent: the Cyberthreat Assessment, the Global Terrorism Index, Drug Free ASEAN, ODA', () => {
    const aca = 'declaration:asean-cyberthreat-assessment-2021';
    expectCites(
      edge(aca, 'covers', 'area:cybercrime'),
      'jaif-factsheet-2022',
      'intro-¶2',
      'rise exponentially',
    );
    expectCites(
      edge(aca, 'involves', 'organization:interpol'),
      'jaif-factsheet-2022',
      'intro-¶2',
      'the INTERPOL’s ASEAN Cyberthreat Assessment 2021 report',
    );
    const gti = 'declaration:global-terrorism-index-2020';
    expect(graph.getNodeAttribute(gti, 'label')).toBe('Global Terrorism Index 2020');
    expectCites(
      edge(gti, 'covers', 'area:terrorism'),
      'jaif-factsheet-2022',
      'note-1',
      'Global Terrorism Index 2020',
    );
    expectCites(
      edge(D14, 'supports', 'declaration:drug-free-asean'),
      'joint-declaration-2014',
      '2.2',
      'efforts in pursuit of a Drug Free ASEAN',
    );
    expect(graph.getNodeAttribute('forum:oda', 'aliases')).toContain('ODA');
    expectCites(
      edge(D14, 'mentions', 'forum:oda'),
      'joint-declaration-2014',
      'preamble-desiring',
      'official development assistance (ODA)',
    );
  });

  it('has ASEAN Member States and Japan attend the 12th AJCT Dialogue', () => {
    for (const party of ['organization:asean', 'country:japan'])
      expectCites(
        edge('event:ajct-12', 'involves', party),
        'ajct12-project-card-2021',
        'aims-¶2',
        'attended by representatives from ASEAN Member States, Japan and international organisations',
      );
  });

  it('has the 12th AJCT Dialogue project implemented back to back with the 4th AJCC Dialogue', () => {
    expectCites(
      edge('project:ajct-12-dialogue', 'back_to_back', 'event:ajcc-4'),
      'ajct12-project-card-2021',
      'aims-¶4',
      'The project will be implemented back-to-back',
    );
    expect(phraseOf('back_to_back', 'project').forward).toBe('is implemented back to back with');
    expect(phraseOf('back_to_back', 'event').forward).toBe('is held back to back with');
    expect(relationLabel('back_to_back', 'project')).toBe('back to back');
  });

  it('gives multi-day meetings their start and end days, as the quotes give them', () => {
    const spans: Record<string, [string, string, string]> = {
      'event:ajct-1': ['2006-06-28', '2006-06-29', '28-29 June 2006'],
      'event:ajct-5': ['2010-06-22', '2010-06-24', '22-24 June 2010'],
      'event:ajct-6': ['2011-02-09', '2011-02-11', '9-11 February 2011'],
      'event:ajct-7': ['2012-07-24', '2012-07-26', '24-26 July 2012'],
      'event:ajct-10': ['2017-02-27', '2017-02-28', '27-28 February'],
      'event:ajct-11': ['2019-01-21', '2019-01-22', '21-22 January 2019'],
    };
    for (const [key, [start, end, words]] of Object.entries(spans)) {
      const a = graph.getNodeAttributes(key);
      expect([a.date, a.start, a.end], key).toEqual([undefined, start, end]);
      expect(
        a.sources.some((s) => s.quote.includes(words)),
        key,
      ).toBe(true);
    }
    // The 10th's year is inferred by the source: the node stays uncertain.
    expect(graph.getNodeAttribute('event:ajct-10', 'confidence')).toBe('uncertain');
  });

  it('keeps both readings of “CKE 2020 2021”, uncertain', () => {
    const a = graph.getNodeAttributes('project:asean-cybercrime-knowledge-exchange');
    expect(a.confidence).toBe('uncertain');
    expect(a.description).toMatch(/one project running from 2020 to 2021/);
    expect(a.description).toMatch(/two editions, CKE 2020 and CKE 2021/);
    expect([a.start, a.end]).toEqual(['2020', '2021']);
  });

  it('keeps the city a source names as the place of the meeting, stated, the country inferred', () => {
    expect(edge('event:ajct-3', 'held_in', 'country:laos').place).toBe('Luang Prabang');
    expect(edge(D04, 'held_in', 'country:laos').place).toBe('Vientiane');
    expect(edge('declaration:recaap', 'held_in', 'country:japan').place).toBe('Tokyo');
    // Every link whose inference is that "the source names the city" carries that city.
    graph.forEachEdge((key, e) => {
      if (e.relation !== 'held_in' || !e.inference?.startsWith('The source names the city')) return;
      expect(e.place, key).toBeDefined();
      expect(
        e.sources.some((s) => s.quote.includes(e.place ?? '')),
        key,
      ).toBe(true);
    });
    // Where the source names the country only, no place is made up.
    expect(edge('event:ajct-12', 'held_in', 'country:myanmar').place).toBeUndefined();
  });
});
