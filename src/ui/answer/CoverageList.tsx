/**
 * The answer to "which forums cover this area?" (or "which areas does this forum cover?"): one
 * item per covering node, with how, strength, a one-line reason and every path as chips.
 */
import type { KnowledgeGraph } from '../../model/graph';
import { explainPath, type Coverage } from '../../model/queries';
import { HOW_WORDS, countOf, labelOf } from '../../model/answerWords';
import type { Act } from '../panelProps';
import { InferredTag } from './InferredTag';
import { PathProof } from './PathProof';
import { StrengthMeter } from './StrengthMeter';
import { focusNode } from '../../state/actions';

export interface CoverageListProps {
  graph: KnowledgeGraph;
  coverages: readonly Coverage[];
  /** Which end of each coverage the list is about: the forums of an area, or the areas of a forum. */
  side: 'node' | 'area';
  act: Act;
}

/** Paths read from the subject: from the area for its forums, from the forum for its areas. */
function oriented(nodes: readonly string[], side: 'node' | 'area'): readonly string[] {
  return side === 'node' ? nodes : [...nodes].reverse();
}

export function CoverageList({ graph, coverages, side, act }: CoverageListProps) {
  const onFocus = (node: string) => act(focusNode(node));
  return (
    <ol className="coverage-list">
      {coverages.map((c) => {
        const key = c[side];
        const paths = c.paths.map((p) => ({
          how: p.how,
          ...explainPath(graph, oriented(p.nodes, side)),
        }));
        const [best] = paths;
        return (
          <li key={key} className="coverage-item">
            <div className="coverage-head">
              <button type="button" className="coverage-name" onClick={() => onFocus(key)}>
                {labelOf(graph, key)}
              </button>
              <span className={`how how--${c.how}`}>{HOW_WORDS[c.how]}</span>
              {!c.stated && <InferredTag />}
              <StrengthMeter strength={c.strength} />
            </div>
            {best && (
              <p className="coverage-reason">
                {best.inferred && c.stated && <InferredTag />} {best.sentence}
              </p>
            )}
            {best && (
              <div className="coverage-paths">
                <PathProof graph={graph} path={best} act={act} />
              </div>
            )}
            {paths.length > 1 && (
              <details className="more-paths">
                <summary>{countOf(paths.length - 1, 'more path')}</summary>
                <ul className="coverage-paths" aria-label={`More paths to ${labelOf(graph, key)}`}>
                  {paths.slice(1).map((p) => (
                    <li key={p.nodes.join('|')}>
                      <p className="coverage-reason">
                        <span className={`how how--${p.how}`}>{HOW_WORDS[p.how]}</span>
                        {p.inferred && <InferredTag />} {p.sentence}
                      </p>
                      <PathProof graph={graph} path={p} act={act} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
