/** One end of the path finder: the node picked (a chip that focuses it, and Clear) and a search. */
import type { KnowledgeGraph } from '../../model/graph';
import { NodeCombobox } from '../search/NodeCombobox';
import { labelOf } from '../../model/answerWords';

export interface PathEndProps {
  graph: KnowledgeGraph;
  label: 'From' | 'To';
  value: string | null;
  onPick(key: string): void;
  onFocus(key: string): void;
  onClear(): void;
}

export function PathEnd({ graph, label, value, onPick, onFocus, onClear }: PathEndProps) {
  return (
    <div className="path-end">
      <NodeCombobox
        label={label}
        graph={graph}
        onPick={onPick}
        placeholder={value ? `Change: ${labelOf(graph, value)}` : 'Search a node…'}
      />
      {value && (
        <p className="path-end-value">
          <span className="path-end-word">{label}:</span>{' '}
          <button
            type="button"
            className="chip"
            onClick={() => onFocus(value)}
            title="Focus this node"
          >
            {labelOf(graph, value)}
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={onClear}
            aria-label={`Clear ${label.toLowerCase()}`}
          >
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
