/**
 * Skip links, the page's first stops in the Tab order, shown when focused: to the graph, to the
 * side panel, to the search. Each moves the focus to its target by id (the targets are the
 * shell's landmarks, named here once).
 */
import type { MouseEvent } from 'react';
import './skipLinks.css';

/** The ids the skip links go to; the shell gives them to the graph, the panel and the search. */
export const SKIP_TARGETS = {
  graph: 'graph-canvas',
  panel: 'panel-body',
  search: 'header-search',
} as const;

const LINKS: readonly { to: keyof typeof SKIP_TARGETS; text: string }[] = [
  { to: 'graph', text: 'Skip to the graph' },
  { to: 'panel', text: 'Skip to the panel' },
  { to: 'search', text: 'Skip to the search' },
];

export function SkipLinks() {
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    // The address keeps the view, not a fragment.
    e.preventDefault();
    target.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map(({ to, text }) => (
        <a key={to} href={`#${SKIP_TARGETS[to]}`} onClick={(e) => go(e, SKIP_TARGETS[to])}>
          {text}
        </a>
      ))}
    </nav>
  );
}
