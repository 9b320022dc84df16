/**
 * The explorer's shell: header with search, the graph, the side panels, and notices.
 * It wires state to components; it holds no logic of its own.
 */
import { Suspense, useMemo, useRef, useState } from 'react';
import { EMBEDDED_SOURCES } from '../io/embedded';
import type { Dataset } from '../model/datasetBundle';
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
import { DatasetOpener } from './dataset/DatasetOpener';
import { DatasetMenu } from './dataset/DatasetMenu';
import { MissingDataset } from './dataset/MissingDataset';
import { useDatasets, type DatasetsValue } from './dataset/useDatasets';

/** The id of the dataset built into the app. */
export const EMBEDDED_DATASET_ID = 'embedded';

export function App() {
  const loaded = useKnowledgeGraph();
  const embedded = useMemo<Dataset | null>(
    () =>
      loaded.ok
        ? {
            id: EMBEDDED_DATASET_ID,
            name: 'ASEAN–Japan cooperation (built in)',
            graph: loaded.graph,
            sources: EMBEDDED_SOURCES,
            stories: [],
            positions: null,
          }
        : null,
    [loaded],
  );
  const datasets = useDatasets();
  const { opened } = datasets;
  // The shipped stories, and those a downloaded briefing carries in its page.
  const builtIn = useBuiltInStories(embedded?.graph ?? null);
  const dataset = opened ?? embedded;
  if (!dataset) return <DataProblems problems={loaded.ok ? [] : loaded.problems} />;
  if (datasets.loading)
    return (
      <div className="app-loading" role="status">
        Opening the dataset…
      </div>
    );
  const own = dataset !== embedded;
  return (
    <StoriesProvider
      key={dataset.id}
      builtIn={own ? { stories: dataset.stories, problems: [] } : builtIn}
      // A person's own stories are kept for the built-in dataset; on an opened one they last
      // for the session, so the stored ones stay as they were.
      storage={own ? null : undefined}
    >
      <SearchRequestProvider>
        <FocusLandingProvider>
          <Explorer dataset={dataset} datasets={datasets} />
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

function Explorer({ dataset, datasets }: { dataset: Dataset; datasets: DatasetsValue }) {
  const { graph, sources } = dataset;
  const shownId = dataset.id === EMBEDDED_DATASET_ID ? null : dataset.id;
  const urlContext = useMemo(
    () => ({
      nodeKind: (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'kind') : null),
      hasDoc: (d: string) => Object.hasOwn(sources, d),
      hasPassage: (d: string, section: string) =>
        parseSourceDocument(d, sources[d] ?? '').sections.some((s) => s.id === section),
      years: dataYears(graph),
      dataset: shownId,
    }),
    [graph, sources, shownId],
  );
  const { state, act, notices, dismissNotices } = useViewState(urlContext);
  const display = useDisplayPrefs();
  const { scene, answers } = useScene(graph, sources, state, display);
  useDocumentTheme(scene.theme);
  const [handle, setHandle] = useState<GraphHandle | null>(null);
  const timeStrip = useTimeStrip(state.period);
  const Panel = PANEL_COMPONENTS[state.panel];
  const panelProps: PanelProps = {
    graph,
    sources,
    state,
    answers,
    act,
    ...(dataset.setAside ? { setAside: dataset.setAside } : {}),
  };
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
            <>
              <DatasetMenu current={shownId} kept={datasets.kept} onSwitch={datasets.switchTo} />
              <DatasetOpener onOpened={datasets.open} />
              <ExportMenu graph={graph} state={state} dataset={dataset} look={scene.look} />
            </>
          )}
        </header>
        <main className="app-graph">
          {datasets.missing !== null && (
            <MissingDataset id={datasets.missing} onDismiss={datasets.dismissMissing} />
          )}
          {datasets.notice !== null && (
            <div className="notice" role="alert">
              <span>{datasets.notice}</span>
              <button type="button" onClick={datasets.dismissNotice} aria-label="Dismiss notice">
                ×
              </button>
            </div>
          )}
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
              positions={dataset.positions}
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
