/**
 * The path finder: pick two nodes and see the shortest paths between them, in the graph (they
 * light up, see state/answers.ts, and the view fits them once the graph is at rest) and in
 * words. The ends are from= and to= in the URL.
 */
import type { PathsResult } from '../../model/queries';
import { countOf, queryErrorWords } from '../../model/answerWords';
import { PathEnd } from '../answer/PathEnd';
import { InferredTag } from '../answer/InferredTag';
import { PathProof } from '../answer/PathProof';
import type { PanelProps } from '../panelProps';
import '../answer/answer.css';
import { focusNode, setPathEnd, swapPathEnds } from '../../state/actions';

export function PathPanel({ graph, state, answers, act }: PanelProps) {
  const { from, to } = state;
  const answer = answers.path;
  const focus = (node: string) => act(focusNode(node));

  return (
    <section className="answer-panel" aria-labelledby="path-title">
      <h2 id="path-title" tabIndex={-1}>
        Path finder
      </h2>
      <p className="answer-hint">
        Pick two nodes to see how they are linked, in the graph and in words.
      </p>
      <PathEnd
        graph={graph}
        label="From"
        value={from}
        onPick={(key) => act(setPathEnd('from', key))}
        onFocus={focus}
        onClear={() => act(setPathEnd('from', null))}
      />
      <PathEnd
        graph={graph}
        label="To"
        value={to}
        onPick={(key) => act(setPathEnd('to', key))}
        onFocus={focus}
        onClear={() => act(setPathEnd('to', null))}
      />
      {(from || to) && (
        <button type="button" className="path-swap" onClick={() => act(swapPathEnds)}>
          Swap ends
        </button>
      )}
      {answer && !answer.ok && (
        <p className="answer-error" role="alert">
          {queryErrorWords(graph, answer.error)}
        </p>
      )}
      {answer?.ok && <PathAnswer result={answer.result} graph={graph} act={act} />}
    </section>
  );
}

function PathAnswer({
  result,
  graph,
  act,
}: {
  result: PathsResult;
  graph: PanelProps['graph'];
  act: PanelProps['act'];
}) {
  if (result.length === null)
    return (
      <p className="answer-empty" aria-live="polite">
        These two are not linked in the data, however far one goes.
      </p>
    );
  if (result.length === 0) return <p className="answer-empty">Both ends are the same node.</p>;
  const more = result.total - result.paths.length;
  return (
    <div className="answer-result" aria-live="polite">
      <h3>
        {countOf(result.total, 'shortest path')} of {countOf(result.length, 'step')}
      </h3>
      <ol className="coverage-paths">
        {result.paths.map((p) => (
          <li key={p.nodes.join('|')}>
            <p className="coverage-reason">
              {p.inferred && <InferredTag />} {p.sentence}
            </p>
            <PathProof graph={graph} path={p} act={act} />
          </li>
        ))}
      </ol>
      {more > 0 && (
        <p className="answer-hint">{countOf(more, 'more path')} of the same length not shown.</p>
      )}
    </div>
  );
}
