/**
 * The header's search box: picking a node focuses it and shows its details, unless the Sources
 * pane is open, which follows the node to its passages instead; "/" jumps here.
 */
import { useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { PanelName } from '../../state/viewState';
import type { UpdateView } from '../panelProps';
import { NodeCombobox } from './NodeCombobox';
import { useSlashShortcut } from './useSlashShortcut';

/** Panels that show the focused node themselves, so a search keeps them open. */
const FOLLOWS_FOCUS: ReadonlySet<PanelName> = new Set(['details', 'sources']);

export interface HeaderSearchProps {
  graph: KnowledgeGraph;
  /** The side panel now open. */
  panel: PanelName;
  update: UpdateView;
}

export function HeaderSearch({ graph, panel, update }: HeaderSearchProps) {
  const ref = useRef<HTMLInputElement>(null);
  useSlashShortcut(ref);
  return (
    <NodeCombobox
      label="Search"
      hideLabel
      graph={graph}
      inputRef={ref}
      placeholder="Search names and acronyms (press /)"
      className="header-search"
      onPick={(key) =>
        update(FOLLOWS_FOCUS.has(panel) ? { node: key } : { node: key, panel: 'details' })
      }
    />
  );
}
