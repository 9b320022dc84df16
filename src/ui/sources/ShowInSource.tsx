/**
 * The "Show in source" button other panels put beside a quote (a node's or an edge's source):
 * it opens the Sources pane at that document and passage, which scrolls to it and flashes it.
 *
 * Reuse: `<ShowInSource source={s} act={act} />`.
 */
import type { Source } from '../../model/schema';
import type { Act } from '../panelProps';
import { openPassage } from '../../state/actions';
import { useRequestLanding } from '../focusLanding';

export function ShowInSource({
  source,
  act,
  className,
  docTitle,
}: {
  source: Source;
  act: Act;
  className?: string;
  /** The document's title for the button's accessible name (the document id otherwise). */
  docTitle?: string;
}) {
  // The keyboard lands on the passage, not on the page, once the Sources pane shows it.
  const land = useRequestLanding();
  return (
    <button
      type="button"
      className={className ?? 'show-in-source'}
      aria-label={`Show in source: § ${source.section} of ${docTitle ?? source.doc}`}
      onClick={() => {
        land();
        act(openPassage(source.doc, source.section));
      }}
    >
      Show in source
    </button>
  );
}
