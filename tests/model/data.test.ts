// The real data: data/graph.json against data/sources/. Counts per kind, no orphan, every
// numbered action linked to its area and declaration, every quote found, aliases unique, keys
// that follow the conventions, and the uncertainty marks of public-facts.md kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import { loadGraph } from '../../src/model/loadGraph';
import { locateQuote, parseSourceDocument } from '../../src/model/sourceDocument';
import type { KnowledgeGraph } from '../../src/model/graph';
import { NODE_KINDS, RELATIONS, type Source } from '../../src/model/schema';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const texts: Record<string, string> = readSourceFiles(dataDir).docs;
const docs = Object.fromEntries(
  Object.entries(texts).map(([id, text]) => [id, parseSourceDocument(id, text)]),
);
const DECLARATION = 'declaration:2014-joint-declaration';

function realGraph(): KnowledgeGraph {
  const result = loadGraph(JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')), texts);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.graph;
}
const graph = realGraph();

function countKinds(): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachNode((_k, a) => (counts[a.kind] = (counts[a.kind] ?? 0) + 1));
  return counts;
}

describe('data/graph.json', () => {
  it('loads with no problem', () => {
    expect(graph.order).toBeGreaterThan(100);
  });

  it('has the expected number of nodes of each kind', () => {
    expect(countKinds()).toEqual({
      declaration: 22,
      area: 8,
      action: 26,
      forum: 14,
      project: 8,
      organization: 12,
      event: 24,
      country: 10,
    });
  });

  it('has the four source documents, each with a title, issuer and date', () => {
    expect(Object.keys(docs).sort()).toEqual([
      'ajct12-project-card-2021',
      'jaif-factsheet-2022',
      'joint-declaration-2014',
      'public-facts',
    ]);
    for (const d of Object.values(docs)) {
      expect(d.title).not.toBe(d.id);
      expect(d.issuer).not.toBe('');
      expect(d.date).toMatch(/^\d{4}/);
    }
  });

  it('has no orphan node', () => {
    expect(graph.filterNodes((n) => graph.degree(n) === 0)).toEqual([]);
  });

  it('has an action for every numbered item of the declaration, under its area, set out by it', () => {
    const items = (docs['joint-declaration-2014']?.sections ?? [])
      .map((s) => s.id)
      .filter((id) => /^\d(\.\d)?\([ivx]+\)$/.test(id));
    expect(items).toHaveLength(26);
    for (const id of items) {
      const key = `action:${id.replace(/\((\w+)\)$/, '-$1')}`;
      expect(graph.hasNode(key), key).toBe(true);
      const under = graph.filterOutEdges(key, (_e, a) => a.relation === 'under');
      expect(under, `${key} under`).toHaveLength(1);
      const area = graph.target(under[0] ?? '');
      // the area is the declaration's section the item's number starts with: 1.3(ii) → § 1
      expect(graph.getNodeAttribute(area, 'sources')[0]?.section).toBe(id.replace(/[.(].*$/, ''));
      expect(graph.hasEdge(`${DECLARATION}->sets_out->${key}`), `${key} sets_out`).toBe(true);
      expect(graph.getNodeAttribute(key, 'label').startsWith(`${id} `)).toBe(true);
      expect(graph.getNodeAttribute(key, 'sources')[0]?.section).toBe(id);
    }
  });

  it('has each crime area addressed by the 2014 declaration', () => {
    graph.forEachNode((key, a) => {
      if (a.kind === 'area') expect(graph.hasEdge(DECLARATION, key), key).toBe(true);
    });
  });

  it('finds every quote in its section', () => {
    const check = (owner: string, sources: readonly Source[]) => {
      for (const s of sources) {
        const section = docs[s.doc]?.sections.find((x) => x.id === s.section);
        expect(section, `${owner}: ${s.doc} § ${s.section}`).toBeDefined();
        if (section) expect(locateQuote(section, s.quote), `${owner}: ${s.quote}`).not.toBeNull();
      }
    };
    graph.forEachNode((k, a) => check(k, a.sources));
    graph.forEachEdge((k, a) => check(k, a.sources));
  });

  it('cites every passage of the documents, but for headings, dates and the end mark', () => {
    const cited = new Set<string>();
    const add = (sources: readonly Source[]) => {
      for (const s of sources) cited.add(`${s.doc} § ${s.section}`);
    };
    graph.forEachNode((_k, a) => add(a.sources));
    graph.forEachEdge((_k, a) => add(a.sources));
    const notFacts =
      /^(support|aims|as-of|end|intro|declarations-and-instruments|forums-and-meetings|projects|not-found)$/;
    const uncited = Object.values(docs).flatMap((d) =>
      d.sections
        .filter((s) => !notFacts.test(s.id) && !cited.has(`${d.id} § ${s.id}`))
        .map((s) => `${d.id} § ${s.id}`),
    );
    expect(uncited).toEqual([]);
  });

  it('has unique labels and aliases (case-insensitive)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    graph.forEachNode((key, a) => {
      for (const name of new Set([a.label, ...a.aliases].map((x) => x.toLowerCase()))) {
        const other = owner.get(name);
        if (other !== undefined) clashes.push(`${name}: ${other}, ${key}`);
        owner.set(name, key);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('has keys that follow the conventions', () => {
    graph.forEachNode((key, a) => {
      expect(key, key).toMatch(/^[a-z]+:[a-z0-9][a-z0-9.-]*$/);
      expect(key.slice(0, key.indexOf(':')), key).toBe(a.kind);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(key).toBe(`${source}->${a.relation}->${target}`);
    });
  });

  it('keeps the uncertainty marks of public-facts.md', () => {
    const uncertainLines = new Set(
      (docs['public-facts']?.sections ?? [])
        .filter((s) => /^F\d+$/.test(s.id) && s.text.includes('UNCERTAIN'))
        .map((s) => s.id),
    );
    expect([...uncertainLines].sort()).toEqual(['F24', 'F27', 'F3', 'F5', 'F6']);
    for (const key of [
      'event:ajct-10',
      'event:ajcc-2',
      'event:ajcc-3',
      'event:asean-japan-summit-2014',
      'event:asean-summit-27',
      'declaration:actip',
      'project:asean-cybercrime-knowledge-exchange',
    ])
      expect(graph.getNodeAttribute(key, 'confidence'), key).toBe('uncertain');
    graph.forEachEdge((key, a) => {
      if (a.sources.some((s) => s.doc === 'public-facts' && s.section === 'F5'))
        expect(a.confidence, key).toBe('uncertain');
    });
    graph.forEachNode((key, a) => {
      if (a.confidence === 'uncertain') expect(a.description, key).toMatch(/uncertain/i);
    });
  });

  it('gives public facts their address, found in the cited line', () => {
    // A line may say "same address as F1": then the address is F1's.
    const factLine = (id: string): string => {
      const text = docs['public-facts']?.sections.find((x) => x.id === id)?.text ?? '';
      const same = /same address as (F\d+)/.exec(text)?.[1];
      return same ? factLine(same) : text;
    };
    graph.forEachNode((key, a) => {
      if (a.url === undefined) return;
      const lines = a.sources
        .filter((s) => s.doc === 'public-facts')
        .map((s) => factLine(s.section));
      expect(
        lines.some((l) => l.includes(a.url ?? '')),
        key,
      ).toBe(true);
    });
  });

  it('leaves out what public-facts.md looked for and did not find', () => {
    expect(graph.hasNode('event:ajct-8')).toBe(false);
    expect(graph.hasNode('event:ajct-9')).toBe(false);
  });

  it('has the keys other parts of the app rely on', () => {
    const keys = [
      'area:terrorism',
      'area:illicit-drug-trafficking',
      'area:trafficking-in-persons',
      'area:money-laundering',
      'area:sea-piracy',
      'area:arms-smuggling',
      'area:international-economic-crime',
      'area:cybercrime',
      DECLARATION,
      'declaration:2004-joint-declaration',
      'declaration:somtc-japan-work-plan-2015-2017',
      'declaration:somtc-japan-work-plan-2018-2022',
      'declaration:somtc-japan-work-plan-2023-2027',
      'declaration:recaap',
      'declaration:actip',
      'forum:ammtc-japan',
      'forum:somtc-japan',
      'forum:aseanapol',
      'forum:ajcc-dialogue',
      'forum:ajct-dialogue',
      'forum:ajdcttc',
      'forum:interpol-channel',
      'forum:g8-24-7-network',
      'forum:e-ads',
      'forum:ammtc',
      'organization:jaif',
      'organization:unodc',
      'organization:interpol',
      'organization:interpol-igci',
      'organization:myanmar-police-force',
      'event:ajct-1',
      'event:ajct-12',
      'event:ajcc-1',
      'event:ajcc-4',
      'project:ajct-12-dialogue',
      'project:asean-cyber-capacity-development',
      'country:myanmar',
    ];
    expect(keys.filter((k) => !graph.hasNode(k))).toEqual([]);
  });

  it('reaches a forum from cybercrime, terrorism and drug trafficking, and none from money laundering', () => {
    const forumsOf = (area: string) =>
      new Set([
        ...graph.inNeighbors(area).filter((n) => n.startsWith('forum:')),
        ...graph
          .inNeighbors(area)
          .filter((n) => n.startsWith('action:'))
          .flatMap((a) => graph.outNeighbors(a).filter((n) => n.startsWith('forum:'))),
      ]);
    expect([...forumsOf('area:cybercrime')].sort()).toEqual([
      'forum:ajcc-dialogue',
      'forum:e-ads',
      'forum:g8-24-7-network',
      'forum:interpol-channel',
    ]);
    expect(forumsOf('area:terrorism').has('forum:ajct-dialogue')).toBe(true);
    expect(forumsOf('area:illicit-drug-trafficking').has('forum:ammtc')).toBe(true);
    expect(forumsOf('area:money-laundering').size).toBe(0);
  });

  it('is documented: data/README.md names every kind and every relation', () => {
    const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
    for (const name of [...NODE_KINDS, ...RELATIONS])
      expect(readme, name).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });
});
