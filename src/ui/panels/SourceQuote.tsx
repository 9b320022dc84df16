/** One citation as people read it: the verbatim quote, its document and section, and a way there. */
import type { Source } from '../../model/schema';
import type { Act } from '../panelProps';
import { ShowInSource } from '../sources/ShowInSource';

export function SourceQuote({
  source,
  title,
  canShow,
  act,
}: {
  source: Source;
  /** The document's title (its id when unknown). */
  title: string;
  /** Whether the document is at hand to open in the Sources pane. */
  canShow: boolean;
  act: Act;
}) {
  return (
    <figure className="source-quote">
      <blockquote>{source.quote}</blockquote>
      <figcaption>
        <span>
          <cite>{title}</cite>, § {source.section}
        </span>
        {canShow && <ShowInSource source={source} act={act} className="details-show-source" />}
      </figcaption>
    </figure>
  );
}
