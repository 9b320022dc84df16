/**
 * The evidence of a path: the cited quotes of its edges, behind a disclosure, each with "Show in
 * source" to open the passage in the Sources pane. Every link of an answer is traceable.
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { Source } from '../../model/schema';
import type { Act } from '../panelProps';
import { ShowInSource } from '../sources/ShowInSource';
import { countOf } from '../../model/answerWords';

export interface PathEvidenceProps {
  graph: KnowledgeGraph;
  edges: readonly string[];
  act: Act;
}

/** The distinct sources of some edges, in path order. */
function sourcesOf(graph: KnowledgeGraph, edges: readonly string[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const e of edges) {
    if (!graph.hasEdge(e)) continue;
    for (const s of graph.getEdgeAttribute(e, 'sources')) {
      const id = `${s.doc}\u0000${s.section}\u0000${s.quote}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(s);
    }
  }
  return out;
}

export function PathEvidence({ graph, edges, act }: PathEvidenceProps) {
  const sources = sourcesOf(graph, edges);
  if (sources.length === 0) return null;
  return (
    <details className="path-evidence">
      <summary>Evidence: {countOf(sources.length, 'citation')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={`${s.doc}|${s.section}|${s.quote}`}>
            <q>{s.quote}</q>{' '}
            <span className="path-evidence-place">
              {s.doc} § {s.section}
            </span>{' '}
            <ShowInSource source={s} act={act} className="link-button" />
          </li>
        ))}
      </ul>
    </details>
  );
}
