// Test harness for the stories UI: an in-memory Storage, a fake graph handle and a shell that
// keeps the view state the way useViewState does (update merges a patch).
import { useState, type ReactNode } from 'react';
import type { KnowledgeGraph } from '../../../src/model/graph';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { GraphHandleContext } from '../../../src/ui/graphHandleContext';
import { withInvariants } from '../../../src/state/actions';
import type { Act } from '../../../src/ui/panelProps';
import { changedFields } from '../../helpers/actSpy';
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
  /** The graph handle the panels reach; fakeHandle when not given. */
  handle?: GraphHandle;
  /** Receives the change each action made, as a patch, for assertions. */
  onUpdate?: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  children: (state: ViewState, act: Act) => ReactNode;
}

export function Shell({
  graph,
  storage,
  initial,
  builtInFile,
  handle = fakeHandle,
  onUpdate,
  children,
}: ShellProps) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, ...initial });
  const act: Act = (action, options) =>
    setState((s) => {
      const next = withInvariants(action(s));
      onUpdate?.(changedFields(s, next), options);
      return next;
    });
  return (
    <GraphHandleContext.Provider value={handle}>
      <StoriesProvider
        storage={storage}
        builtIn={
          builtInFile === undefined
            ? undefined
            : checkStoriesForGraph(builtInFile, { hasNode: (k) => graph.hasNode(k) })
        }
      >
        <pre data-testid="state">{JSON.stringify(state)}</pre>
        {children(state, act)}
      </StoriesProvider>
    </GraphHandleContext.Provider>
  );
}
