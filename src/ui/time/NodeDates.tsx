/**
 * A node's dates in Details with the quote that states them (the source whose quote names the
 * year); an undated action says which declaration's date it takes (model/timeline.ts).
 */
import { formatIsoDate, formatNodeDates } from '../../model/formatDates';
import type { KnowledgeGraph } from '../../model/graph';
import { datingSource, timeExtents } from '../../model/timeline';

export function NodeDates({ graph, nodeKey }: { graph: KnowledgeGraph; nodeKey: string }) {
  const a = graph.getNodeAttributes(nodeKey);
  const own = formatNodeDates(a);
  const extent = timeExtents(graph).get(nodeKey);
  const iso = a.start ?? a.date ?? a.end;
  if (own && iso) {
    const source = datingSource(a.sources, iso);
    return (
      <div className="details-dates">
        <p>{own}</p>
        {source && (
          <p className="details-dates__quote">
            Dated by “{source.quote}”{' '}
            <span className="details-dates__place">{`${source.doc} § ${source.section}`}</span>
          </p>
        )}
      </div>
    );
  }
  if (extent?.via && extent.since) {
    const by = graph.getNodeAttribute(extent.via, 'label');
    return (
      <p className="details-dates">
        Since {formatIsoDate(extent.since)}, the date of {by}, which sets it out
      </p>
    );
  }
  return null;
}
