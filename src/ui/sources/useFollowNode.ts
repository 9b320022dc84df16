/**
 * While the Sources pane is open, focusing a node elsewhere (a click in the graph, a pick in the
 * comparison lists) brings the text to the passage that states it: the node's first citation in
 * the document being read, else its first citation anywhere. Opening the pane with a node focused
 * and no passage chosen lands on that passage too. It does not move when the node already cites
 * the passage shown, when the pane itself focused the node (a click on a passage must not carry
 * the reader away), or when the pane opens at a passage (the URL's passage wins: "show in source"
 * of a link opens a passage its end may not cite).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { CitationIndex } from '../../model/citations';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import { readPassage } from '../../state/actions';

/** Returns an `act` for the pane's own actions: a focus they change is not followed. */
export function useFollowNode(
  index: CitationIndex,
  state: Pick<ViewState, 'node' | 'doc' | 'passage'>,
  readingDoc: string | null,
  act: Act,
): Act {
  const { node, doc, passage } = state;
  /** The node last acted on; undefined before the first run. */
  const seen = useRef<string | null | undefined>(undefined);
  const own = useRef(false);

  useEffect(() => {
    const first = seen.current === undefined;
    if (node === seen.current) return;
    seen.current = node;
    if (first && passage) return;
    if (own.current) {
      own.current = false;
      return;
    }
    if (!node) return;
    const citations = index.byKey.get(node) ?? [];
    if (citations.some((c) => c.doc === doc && c.section === passage)) return;
    const target = citations.find((c) => c.doc === readingDoc) ?? citations[0];
    if (target) act(readPassage(target.doc, target.section), { replace: true });
  }, [index, node, doc, passage, readingDoc, act]);

  return useCallback<Act>(
    (action, options) =>
      act((s) => {
        const next = action(s);
        if (next.node !== s.node) own.current = true;
        return next;
      }, options),
    [act],
  );
}
