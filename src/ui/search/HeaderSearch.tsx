/** The header's search box: picking a node focuses it and shows its details; "/" jumps here. */
import { useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { UpdateView } from '../panelProps';
import { NodeCombobox } from './NodeCombobox';
import { useSlashShortcut } from './useSlashShortcut';

export function HeaderSearch({ graph, update }: { graph: KnowledgeGraph; update: UpdateView }) {
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
      onPick={(key) => update({ node: key, panel: 'details' })}
    />
  );
}
