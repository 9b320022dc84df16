/** The proof of one explained path: its nodes as chips that move the focus, and its quotes. */
import type { KnowledgeGraph } from '../../model/graph';
import type { UpdateView } from '../panelProps';
import { PathChips } from './PathChips';
import { PathEvidence } from './PathEvidence';

export interface PathProofProps {
  graph: KnowledgeGraph;
  path: { nodes: readonly string[]; edges: readonly string[]; sentence: string };
  update: UpdateView;
}

export function PathProof({ graph, path, update }: PathProofProps) {
  return (
    <>
      <PathChips
        graph={graph}
        nodes={path.nodes}
        onFocus={(node) => update({ node })}
        label={path.sentence}
      />
      <PathEvidence graph={graph} edges={path.edges} update={update} />
    </>
  );
}
