/**
 * The path finder: pick two nodes and see the shortest paths between them, in the graph (they
 * light up, see answerHighlight.ts, and the view fits them once the graph is at rest) and in
 * words. The ends are from= and to= in the URL.
 */
import { useMemo } from 'react';
import { pathsBetween, type PathsResult } from '../../model/queries';
import { countOf, queryErrorWords } from '../../model/answerWords';
import { PathEnd } from '../answer/PathEnd';
import { InferredTag } from '../answer/InferredTag';
import { PathProof } from '../answer/PathProof';
import { useFitAnswer } from '../answer/useFitAnswer';
import { highlightOfPaths } from '../../state/answerHighlight';
import type { PanelProps } from '../panelProps';
import '../answer/answer.css';

type Answer = { ok: true; result: PathsResult } | { ok: false; message: string };

export function PathPanel({ graph, state, update }: PanelProps) {
  const { from, to } = state;
  const answer = useMemo((): Answer | null => {
    if (!from || !to) return null;
    try {
      return { ok: true, result: pathsBetween(graph, from, to) };
    } catch (e) {
      return { ok: false, message: queryErrorWords(graph, e) };
    }
  }, [graph, from, to]);
  const focus = (node: string) => update({ node });

  useFitAnswer(useMemo(() => highlightOfPaths(answer?.ok ? answer.result.paths : []), [answer]));

  return (
    <section className="answer-panel" aria-labelledby="path-title">
      <h2 id="path-title">Path finder</h2>
      <p className="answer-hint">
        Pick two nodes to see how they are linked, in the graph and in words.
      </p>
      <PathEnd
        graph={graph}
        label="From"
        value={from}
        onPick={(key) => update({ from: key })}
        onFocus={focus}
        onClear={() => update({ from: null })}
      />
      <PathEnd
        graph={graph}
        label="To"
        value={to}
        onPick={(key) => update({ to: key })}
        onFocus={focus}
        onClear={() => update({ to: null })}
      />
      {(from || to) && (
        <button type="button" className="path-swap" onClick={() => update({ from: to, to: from })}>
          Swap ends
        </button>
      )}
      {answer && !answer.ok && (
        <p className="answer-error" role="alert">
          {answer.message}
        </p>
      )}
      {answer?.ok && <PathAnswer result={answer.result} graph={graph} update={update} />}
    </section>
  );
}

function PathAnswer({
  result,
  graph,
  update,
}: {
  result: PathsResult;
  graph: PanelProps['graph'];
  update: PanelProps['update'];
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
            <PathProof graph={graph} path={p} update={update} />
          </li>
        ))}
      </ol>
      {more > 0 && (
        <p className="answer-hint">{countOf(more, 'more path')} of the same length not shown.</p>
      )}
    </div>
  );
}
