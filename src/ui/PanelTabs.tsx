/**
 * The side panel's tab list, following the ARIA tabs pattern: one tab in the Tab order (the
 * selected one), ArrowLeft/ArrowRight move between tabs, Home/End jump to the ends.
 */
import { useRef, type KeyboardEvent, type Ref } from 'react';
import { PANELS, type PanelName } from '../state/viewState';

export const PANEL_TITLES: Record<PanelName, string> = {
  details: 'Details',
  coverage: 'Coverage',
  matrix: 'Matrix',
  path: 'Path',
  table: 'Table',
  stories: 'Stories',
  sources: 'Sources',
  quality: 'Quality',
};

export interface PanelTabsProps {
  selected: PanelName;
  onSelect(panel: PanelName): void;
  /** Id of the tab panel the tabs control. */
  panelId: string;
  /** The tab list's element (the shell keeps the focus there when the tabs switch panels). */
  listRef?: Ref<HTMLDivElement>;
}

/** Index of the tab a key moves to from `index`, or null when the key does not move. */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function PanelTabs({ selected, onSelect, panelId, listRef }: PanelTabsProps) {
  const tabs = useRef<Partial<Record<PanelName, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextTabIndex(event.key, PANELS.indexOf(selected), PANELS.length);
    const panel = next === null ? undefined : PANELS[next];
    if (!panel) return;
    event.preventDefault();
    onSelect(panel);
    tabs.current[panel]?.focus();
  };
  return (
    <div
      className="panel-tabs"
      role="tablist"
      aria-label="Panels"
      onKeyDown={onKeyDown}
      ref={listRef}
    >
      {PANELS.map((p) => (
        <button
          key={p}
          ref={(el) => {
            tabs.current[p] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${p}`}
          aria-selected={selected === p}
          aria-controls={panelId}
          tabIndex={selected === p ? 0 : -1}
          onClick={() => onSelect(p)}
        >
          {PANEL_TITLES[p]}
        </button>
      ))}
    </div>
  );
}
