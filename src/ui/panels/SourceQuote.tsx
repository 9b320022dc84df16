/** One citation as people read it: the verbatim quote, its document and section, and a way there. */
import type { Source } from '../../model/schema';
import type { UpdateView } from '../panelProps';
import { ShowInSource } from '../sources/ShowInSource';

export function SourceQuote({
  source,
  title,
  canShow,
  update,
}: {
  source: Source;
  /** The document's title (its id when unknown). */
  title: string;
  /** Whether the document is at hand to open in the Sources pane. */
  canShow: boolean;
  update: UpdateView;
}) {
  return (
    <figure className="source-quote">
      <blockquote>{source.quote}</blockquote>
      <figcaption>
        <span>
          <cite>{title}</cite>, § {source.section}
        </span>
        {canShow && (
          <ShowInSource source={source} update={update} className="details-show-source" />
        )}
      </figcaption>
    </figure>
  );
}
