// Test harness for the stories UI: an in-memory Storage, a fake graph handle and a shell that
// keeps the view state the way useViewState does (update merges a patch).
import { useState, type ReactNode } from 'react';
import type { KnowledgeGraph } from '../../../src/model/graph';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { GraphHandleContext } from '../../../src/ui/graphHandleContext';
import type { UpdateView } from '../../../src/ui/panelProps';
import { checkStoriesForGraph } from '../../../src/io/storiesFile';
import { StoriesProvider } from '../../../src/ui/stories/StoriesContext';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { stubGraphHandle } from '../../fixtures/graphHandleStub';

/** A Storage that lives in a Map, so each test starts clean and "reload" keeps it. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

export const fakeHandle: GraphHandle = stubGraphHandle({
  getViewport: () => ({ zoom: 1.25, pan: { x: 40, y: -12 } }),
});

export interface ShellProps {
  graph: KnowledgeGraph;
  storage: Storage;
  initial?: Partial<ViewState>;
  builtInFile?: unknown;
  /** Receives every update, for assertions. */
  onUpdate?: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  children: (state: ViewState, update: UpdateView) => ReactNode;
}

export function Shell({ graph, storage, initial, builtInFile, onUpdate, children }: ShellProps) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, ...initial });
  const update: UpdateView = (patch, options) => {
    onUpdate?.(patch, options);
    setState((s) => ({ ...s, ...patch }));
  };
  return (
    <GraphHandleContext.Provider value={fakeHandle}>
      <StoriesProvider
        storage={storage}
        builtIn={
          builtInFile === undefined
            ? undefined
            : checkStoriesForGraph(builtInFile, { hasNode: (k) => graph.hasNode(k) })
        }
      >
        <pre data-testid="state">{JSON.stringify(state)}</pre>
        {children(state, update)}
      </StoriesProvider>
    </GraphHandleContext.Provider>
  );
}
