/**
 * The explorer's shell: header with search, the graph, the side panels, and notices.
 * It wires state to components; it holds no logic of its own.
 */
import { Suspense, useMemo, useRef, useState } from 'react';
import { EMBEDDED_SOURCES } from '../io/embedded';
import type { KnowledgeGraph } from '../model/graph';
import { parseSourceDocument } from '../model/sourceDocument';
import { dataYears } from '../model/timeline';
import type { GraphHandle } from '../view/graphHandle';
import { GraphView } from './graph/GraphView';
import { GraphHandleContext } from './graphHandleContext';
import { ExportMenu } from './export/ExportMenu';
import { StoriesProvider } from './stories/StoriesContext';
import { useBuiltInStories } from './stories/useBuiltInStories';
import { StoryController } from './stories/StoryController';
import { HeaderSearch } from './search/HeaderSearch';
import { SearchRequestProvider } from './search/SearchRequestContext';
import { FocusAnnouncer } from './FocusAnnouncer';
import type { PanelProps } from './panelProps';
import { ErrorBoundary } from './ErrorBoundary';
import { PANEL_TITLES, PanelTabs } from './PanelTabs';
import { PANEL_COMPONENTS } from './panelComponents';
import { useKnowledgeGraph } from './useKnowledgeGraph';
import { useScene } from './useScene';
import { OpenInExplorer } from './OpenInExplorer';
import { useViewState } from './useViewState';
import { TimePanel } from './time/TimePanel';
import { useTimeStrip } from './time/useTimeStrip';
import { openPanel } from '../state/actions';
import { FocusLandingProvider, PanelLanding, usePanelChangeLanding } from './focusLanding';
import { SkipLinks, SKIP_TARGETS } from './SkipLinks';
import { useEscapeClearsFocus } from './useEscapeClearsFocus';
import { ThemeSwitcher } from './theme/ThemeSwitcher';
import { useDisplayPrefs, useDocumentTheme } from './theme/useDisplayPrefs';

export function App() {
  const loaded = useKnowledgeGraph();
  // The shipped stories, and those a downloaded briefing carries in its page.
  const graph = loaded.ok ? loaded.graph : null;
  const builtIn = useBuiltInStories(graph);
  if (!loaded.ok) return <DataProblems problems={loaded.problems} />;
  return (
    <StoriesProvider builtIn={builtIn}>
      <SearchRequestProvider>
        <FocusLandingProvider>
          <Explorer graph={loaded.graph} />
        </FocusLandingProvider>
      </SearchRequestProvider>
    </StoriesProvider>
  );
}

function DataProblems({ problems }: { problems: readonly string[] }) {
  return (
    <div className="error-box" role="alert">
      <h1>The embedded dataset has {problems.length} problem(s)</h1>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

function Explorer({ graph }: { graph: KnowledgeGraph }) {
  const urlContext = useMemo(
    () => ({
      nodeKind: (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'kind') : null),
      hasDoc: (d: string) => Object.hasOwn(EMBEDDED_SOURCES, d),
      hasPassage: (d: string, section: string) =>
        parseSourceDocument(d, EMBEDDED_SOURCES[d] ?? '').sections.some((s) => s.id === section),
      years: dataYears(graph),
    }),
    [graph],
  );
  const { state, act, notices, dismissNotices } = useViewState(urlContext);
  const display = useDisplayPrefs();
  const { scene, answers } = useScene(graph, EMBEDDED_SOURCES, state, display);
  useDocumentTheme(scene.theme);
  const [handle, setHandle] = useState<GraphHandle | null>(null);
  const timeStrip = useTimeStrip(state.period);
  const Panel = PANEL_COMPONENTS[state.panel];
  const panelProps: PanelProps = { graph, sources: EMBEDDED_SOURCES, state, answers, act };
  const tabsRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  usePanelChangeLanding(state.panel, tabsRef);
  useEscapeClearsFocus(act, !state.present);

  return (
    <GraphHandleContext.Provider value={handle}>
      <div className={state.present ? 'app app--present' : state.embed ? 'app app--embed' : 'app'}>
        <SkipLinks />
        <header className="app-header">
          <h1>ASEAN–Japan Cooperation against Terrorism &amp; Transnational Crime</h1>
          <HeaderSearch graph={graph} act={act} />
          <FocusAnnouncer graph={graph} node={state.node} />
          <ThemeSwitcher state={state} act={act} />
          {state.embed ? (
            <OpenInExplorer state={state} />
          ) : (
            <ExportMenu graph={graph} state={state} />
          )}
        </header>
        <main className="app-graph">
          {notices.length > 0 && (
            <div className="notice" role="status">
              <span>{notices.join(' ')}</span>
              <button type="button" onClick={dismissNotices} aria-label="Dismiss notice">
                ×
              </button>
            </div>
          )}
          <ErrorBoundary what="The graph">
            <GraphView
              graph={graph}
              state={state}
              scene={scene}
              act={act}
              onHandle={setHandle}
              timeStrip={timeStrip}
            />
          </ErrorBoundary>
          {timeStrip.shown && (
            <ErrorBoundary what="The timeline">
              <TimePanel graph={graph} state={state} asked={timeStrip.asked} act={act} />
            </ErrorBoundary>
          )}
        </main>
        <aside className="app-side" aria-label="Panels">
          {!state.embed && (
            <PanelTabs
              selected={state.panel}
              onSelect={(panel) => act(openPanel(panel))}
              panelId="panel-body"
              listRef={tabsRef}
            />
          )}
          <div
            className="panel-body"
            id={SKIP_TARGETS.panel}
            ref={bodyRef}
            tabIndex={-1}
            role={state.embed ? undefined : 'tabpanel'}
            aria-labelledby={state.embed ? undefined : `tab-${state.panel}`}
          >
            <ErrorBoundary what={`The ${PANEL_TITLES[state.panel]} panel`} resetKey={state.panel}>
              <Suspense fallback={<p className="panel-loading">Loading…</p>}>
                <Panel {...panelProps} />
                <PanelLanding key={state.panel} body={bodyRef} />
              </Suspense>
            </ErrorBoundary>
          </div>
        </aside>
        <StoryController graph={graph} state={state} act={act} />
      </div>
    </GraphHandleContext.Provider>
  );
}
