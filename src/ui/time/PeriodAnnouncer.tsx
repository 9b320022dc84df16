/** Says the period shown and how many nodes existed in it, politely, after each change. */
import type { KnowledgeGraph } from '../../model/graph';
import { outOfPeriod } from '../../model/timeline';

export function periodWords(graph: KnowledgeGraph, period: readonly [number, number] | null) {
  if (period === null) return `All years: ${graph.order} nodes.`;
  const gone = outOfPeriod(graph, period)?.size ?? 0;
  const years = period[0] === period[1] ? String(period[0]) : `${period[0]} to ${period[1]}`;
  return `${years}: ${graph.order - gone} of ${graph.order} nodes existed.`;
}

export function PeriodAnnouncer({
  graph,
  period,
}: {
  graph: KnowledgeGraph;
  period: readonly [number, number] | null;
}) {
  return (
    <p className="period-status" role="status" aria-live="polite">
      {periodWords(graph, period)}
    </p>
  );
}
