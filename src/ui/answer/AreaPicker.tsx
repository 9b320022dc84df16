/**
 * Picking what to ask about: the crime areas as a row of toggle buttons (one click answers), and
 * the fuzzy node search for a forum, a project or an organization (or an area, typed).
 */
import type { KnowledgeGraph } from '../../model/graph';
import { COVERAGE_KINDS, areaKeys } from '../../model/queries';
import { NodeCombobox } from '../search/NodeCombobox';

/** What the search offers: the crime areas and the kinds coverage is asked about. */
const PICKABLE = ['area', ...COVERAGE_KINDS] as const;

export interface AreaPickerProps {
  graph: KnowledgeGraph;
  picked: string | null;
  onPick(key: string): void;
}

export function AreaPicker({ graph, picked, onPick }: AreaPickerProps) {
  return (
    <div className="area-picker">
      <div className="area-buttons" role="group" aria-label="Crime areas">
        {areaKeys(graph).map((key) => (
          <button key={key} type="button" aria-pressed={picked === key} onClick={() => onPick(key)}>
            {graph.getNodeAttribute(key, 'label')}
          </button>
        ))}
      </div>
      <NodeCombobox
        label="Area or forum"
        graph={graph}
        kinds={PICKABLE}
        placeholder="Type an area, a forum, a project…"
        onPick={onPick}
      />
    </div>
  );
}
