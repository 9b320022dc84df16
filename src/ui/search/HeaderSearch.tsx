/**
 * The header's search box: picking a node focuses it and shows its details, unless the Sources
 * pane is open, which follows the node to its passages instead; "/" jumps here.
 */
import { useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { Act } from '../panelProps';
import { NodeCombobox } from './NodeCombobox';
import { useSlashShortcut } from './useSlashShortcut';
import { focusFromSearch } from '../../state/actions';

export interface HeaderSearchProps {
  graph: KnowledgeGraph;
  act: Act;
}

export function HeaderSearch({ graph, act }: HeaderSearchProps) {
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
      onPick={(key) => act(focusFromSearch(key))}
    />
  );
}
