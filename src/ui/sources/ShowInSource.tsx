/**
 * The "Show in source" button other panels put beside a quote (a node's or an edge's source):
 * it opens the Sources pane at that document and passage, which scrolls to it and flashes it.
 *
 * Reuse: `<ShowInSource source={s} update={update} />`.
 */
import type { Source } from '../../model/schema';
import type { UpdateView } from '../panelProps';

/** The view change that opens a citation's passage in the Sources pane. */
export function showInSourcePatch(source: Pick<Source, 'doc' | 'section'>) {
  return { panel: 'sources' as const, doc: source.doc, passage: source.section };
}

export function ShowInSource({
  source,
  update,
  className,
  docTitle,
}: {
  source: Source;
  update: UpdateView;
  className?: string;
  /** The document's title for the button's accessible name (the document id otherwise). */
  docTitle?: string;
}) {
  return (
    <button
      type="button"
      className={className ?? 'show-in-source'}
      aria-label={`Show in source: § ${source.section} of ${docTitle ?? source.doc}`}
      onClick={() => update(showInSourcePatch(source))}
    >
      Show in source
    </button>
  );
}
