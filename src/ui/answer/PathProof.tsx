/** The proof of one explained path: its nodes as chips that move the focus, and its quotes. */
import type { KnowledgeGraph } from '../../model/graph';
import type { Act } from '../panelProps';
import { PathChips } from './PathChips';
import { PathEvidence } from './PathEvidence';
import { focusNode } from '../../state/actions';

export interface PathProofProps {
  graph: KnowledgeGraph;
  path: { nodes: readonly string[]; edges: readonly string[]; sentence: string };
  act: Act;
}

export function PathProof({ graph, path, act }: PathProofProps) {
  return (
    <>
      <PathChips
        graph={graph}
        nodes={path.nodes}
        onFocus={(node) => act(focusNode(node))}
        label={path.sentence}
      />
      <PathEvidence graph={graph} edges={path.edges} act={act} />
    </>
  );
}
