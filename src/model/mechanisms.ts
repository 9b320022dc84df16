/**
 * The other mechanisms an area's coverage answer names besides its forums, and its gaps:
 *   - instruments: the agreements, plans and other instruments that cover the area (`covers`),
 *     or that one of the area's lines of action names (`action -mentions-> declaration`), each
 *     with the standing bodies that serve it (`organization -part_of-> instrument`, e.g. the
 *     ReCAAP Information Sharing Centre) and the path that proves it;
 *   - untied channels: the forums no source ties to any crime area (though a declaration may
 *     reinforce them or instruments be adopted in them), so the answer can say so in words.
 * The umbrella declaration that only `addresses` every area is not an instrument of any one area.
 */
import { throughInferred, type KnowledgeGraph } from './graph';
import { areasCoveredBy, requireNode } from './coverage';

/** How an instrument reaches the area: it covers it, or one of the area's actions names it. */
export type InstrumentHow = 'direct' | 'action';

export interface InstrumentCoverage {
  instrument: string;
  how: InstrumentHow;
  /** Node keys from the area to the instrument, and the edges between them. */
  nodes: readonly string[];
  edges: readonly string[];
  /** Some edge of the path is inferred, not stated by its quote. */
  inferred: boolean;
  /** Organizations that are part of the instrument (its standing bodies), by label. */
  bodies: readonly string[];
}

export interface UntiedChannel {
  forum: string;
  /** Declarations that reinforce it as a channel (`reinforces`). */
  reinforcedBy: readonly string[];
  /** Instruments adopted in it or at its meetings (`adopted_at`). */
  adopted: readonly string[];
}

const label = (graph: KnowledgeGraph, key: string) => graph.getNodeAttribute(key, 'label');

/** Standing bodies of an instrument: organizations that are part of it. */
function bodiesOf(graph: KnowledgeGraph, instrument: string): string[] {
  const bodies: string[] = [];
  graph.forEachInEdge(instrument, (_e, a, source) => {
    if (a.relation === 'part_of' && graph.getNodeAttribute(source, 'kind') === 'organization')
      bodies.push(source);
  });
  return bodies.sort((x, y) => label(graph, x).localeCompare(label(graph, y)));
}

/**
 * The instruments covering `area`, each once (its most direct path): those with a standing body
 * first, then stated before inferred, direct before through an action, then by label. Throws
 * QueryError `unknown_node` or `wrong_kind` unless `area` is a crime area.
 */
export function instrumentsCovering(graph: KnowledgeGraph, area: string): InstrumentCoverage[] {
  requireNode(graph, 'instrumentsCovering', area, ['area']);
  const found = new Map<string, InstrumentCoverage>();
  const offer = (c: InstrumentCoverage) => {
    const seen = found.get(c.instrument);
    const better =
      !seen ||
      Number(c.inferred) - Number(seen.inferred) < 0 ||
      (c.inferred === seen.inferred && c.how === 'direct' && seen.how === 'action');
    if (better) found.set(c.instrument, c);
  };
  graph.forEachInEdge(area, (edge, a, source) => {
    if (graph.getNodeAttribute(source, 'kind') !== 'declaration') return;
    if (a.relation === 'covers')
      offer({
        instrument: source,
        how: 'direct',
        nodes: [area, source],
        edges: [edge],
        inferred: throughInferred(graph, [edge]),
        bodies: bodiesOf(graph, source),
      });
  });
  graph.forEachInEdge(area, (underEdge, a, action) => {
    if (a.relation !== 'under' || graph.getNodeAttribute(action, 'kind') !== 'action') return;
    graph.forEachOutEdge(action, (edge, b, target) => {
      if (b.relation !== 'mentions' || graph.getNodeAttribute(target, 'kind') !== 'declaration')
        return;
      offer({
        instrument: target,
        how: 'action',
        nodes: [area, action, target],
        edges: [underEdge, edge],
        inferred: throughInferred(graph, [underEdge, edge]),
        bodies: bodiesOf(graph, target),
      });
    });
  });
  return [...found.values()].sort(
    (x, y) =>
      Number(y.bodies.length > 0) - Number(x.bodies.length > 0) ||
      Number(x.inferred) - Number(y.inferred) ||
      Number(x.how === 'action') - Number(y.how === 'action') ||
      label(graph, x.instrument).localeCompare(label(graph, y.instrument)),
  );
}

/**
 * The forums that cover no crime area by any path, by label, each with what the sources do say
 * of it (the declarations that reinforce it, the instruments adopted in it): the gaps an analyst
 * should be told about, since such a forum never appears in a coverage answer.
 */
export function untiedChannels(graph: KnowledgeGraph): UntiedChannel[] {
  const untied: UntiedChannel[] = [];
  graph.forEachNode((forum, a) => {
    if (a.kind !== 'forum' || areasCoveredBy(graph, forum).length > 0) return;
    const reinforcedBy: string[] = [];
    const adopted: string[] = [];
    graph.forEachInEdge(forum, (_e, b, source) => {
      if (graph.getNodeAttribute(source, 'kind') !== 'declaration') return;
      if (b.relation === 'reinforces') reinforcedBy.push(source);
      if (b.relation === 'adopted_at') adopted.push(source);
    });
    untied.push({ forum, reinforcedBy, adopted });
  });
  return untied.sort((x, y) => label(graph, x.forum).localeCompare(label(graph, y.forum)));
}
