/**
 * The header's search box: picking a node focuses it and shows its details, unless the Sources
 * pane is open, which follows the node to its passages instead; "/" jumps here. The box owns its
 * text: a search request (SearchRequestContext, e.g. the Sources pane's "Search for '…'") puts its
 * text there, opens the results and focuses the box, as typing the text would.
 */
import { useEffect, useRef, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { Act } from '../panelProps';
import { NodeCombobox } from './NodeCombobox';
import { useSearchRequests } from './SearchRequestContext';
import { useSlashShortcut } from './useSlashShortcut';
import { focusFromSearch } from '../../state/actions';
import { useRequestLanding } from '../focusLanding';
import { SKIP_TARGETS } from '../SkipLinks';

export interface HeaderSearchProps {
  graph: KnowledgeGraph;
  act: Act;
}

export function HeaderSearch({ graph, act }: HeaderSearchProps) {
  const ref = useRef<HTMLInputElement>(null);
  const land = useRequestLanding();
  useSlashShortcut(ref);
  const { request } = useSearchRequests();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // A new request (not one made before this box was there) becomes the text, results open.
  const [taken, setTaken] = useState(request?.id);
  if (request && request.id !== taken) {
    setTaken(request.id);
    setText(request.text);
    setOpen(true);
  }
  // ...and the keyboard goes to the box, once the text is in it.
  const focusedFor = useRef(request?.id);
  useEffect(() => {
    if (!request || request.id === focusedFor.current) return;
    focusedFor.current = request.id;
    ref.current?.focus();
  }, [request]);
  return (
    <NodeCombobox
      label="Search"
      hideLabel
      graph={graph}
      inputRef={ref}
      placeholder="Search names and acronyms (press /)"
      className="header-search"
      query={text}
      onQueryChange={setText}
      open={open}
      onOpenChange={setOpen}
      inputId={SKIP_TARGETS.search}
      // The keyboard lands on the picked node's details (or its passage in the Sources pane).
      onPick={(key) => {
        land();
        act(focusFromSearch(key));
      }}
    />
  );
}
