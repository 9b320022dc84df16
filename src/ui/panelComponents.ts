/**
 * Which component draws each side panel. Details (the panel a person sees first) is part of the
 * main bundle; the others load as their own chunks when first opened, so they never delay the
 * first paint of the shell and the graph. The coverage answers say what a dataset lacks when it
 * has no crime areas or no forums (NeedsKinds.tsx).
 */
import { lazy, type ComponentType } from 'react';
import type { PanelName } from '../state/viewState';
import type { PanelProps } from './panelProps';
import { DetailsPanel } from './panels/DetailsPanel';
import { needsKinds } from './answer/NeedsKinds';
import { COVERAGE_NEEDS } from '../model/kindNeeds';

export const PANEL_COMPONENTS: Record<PanelName, ComponentType<PanelProps>> = {
  details: DetailsPanel,
  coverage: lazy(() =>
    import('./panels/CoveragePanel').then((m) => ({
      default: needsKinds(m.CoveragePanel, 'Coverage', COVERAGE_NEEDS),
    })),
  ),
  matrix: lazy(() =>
    import('./panels/MatrixPanel').then((m) => ({
      default: needsKinds(m.MatrixPanel, 'Coverage matrix', COVERAGE_NEEDS),
    })),
  ),
  path: lazy(() => import('./panels/PathPanel').then((m) => ({ default: m.PathPanel }))),
  stories: lazy(() => import('./panels/StoriesPanel').then((m) => ({ default: m.StoriesPanel }))),
  sources: lazy(() => import('./panels/SourcesPanel').then((m) => ({ default: m.SourcesPanel }))),
  table: lazy(() => import('./panels/TablePanel').then((m) => ({ default: m.TablePanel }))),
  quality: lazy(() => import('./panels/QualityPanel').then((m) => ({ default: m.QualityPanel }))),
};
