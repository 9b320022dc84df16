/**
 * The embed's way out (`?embed=1`): a link that opens the same view in the full explorer, in a
 * new tab, so a reader of an intranet page can go on from what the frame shows.
 */
import { encodeViewState } from '../state/url';
import type { ViewState } from '../state/viewState';

export function OpenInExplorer({ state }: { state: ViewState }) {
  const href = `${window.location.pathname}${encodeViewState({ ...state, embed: false })}`;
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener">
      Open in the explorer
    </a>
  );
}
