/**
 * Presenter mode: the story's title, step counter and caption in large, high-contrast type over
 * the full-screen graph. Keys are what presentation clickers send: → ↓ Page Down Space Enter go
 * on, ← ↑ Page Up Backspace go back, Home and End jump, Escape leaves, F toggles full screen.
 * A step that carries a period (or a period in the address) shows it large beside the counter
 * ("2004–2014"), so a story that walks the years says each step's years.
 */
import { useEffect, useRef, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { periodText } from '../../model/timeline';
import type { Story } from '../../model/storySchema';
import { leavePresenter, playStep } from '../../state/actions';
import type { Act } from '../panelProps';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import './presenter.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export interface PresenterOverlayProps {
  graph: KnowledgeGraph;
  /** The story presented, or null when the URL names none (a hint is shown instead). */
  story: Story | null;
  step: number;
  /** The years shown (the step's period), or null: all. */
  period: readonly [number, number] | null;
  act: Act;
}

/** Where a key takes the presentation: a step index, 'leave', 'fullscreen' or null (not ours). */
export function presenterKeyAction(
  key: string,
  step: number,
  count: number,
): number | 'leave' | 'fullscreen' | null {
  if (key === 'Escape') return 'leave';
  if (key === 'f' || key === 'F') return 'fullscreen';
  if (count === 0) return null;
  if (NEXT_KEYS.has(key)) return Math.min(step + 1, count - 1);
  if (PREVIOUS_KEYS.has(key)) return Math.max(step - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function PresenterOverlay({ graph, story, step, period, act }: PresenterOverlayProps) {
  const count = story?.steps.length ?? 0;
  const current = story?.steps[step] ?? null;
  const wasFullscreen = useRef(isFullscreen());
  // Set when the presenter leaves full screen on purpose (F, the button), so presenting goes on.
  const keepPresenting = useRef(false);
  const [fullscreen, setFullscreen] = useState(isFullscreen());
  const toggleFullscreen = () => {
    if (isFullscreen()) {
      keepPresenting.current = true;
      exitFullscreen();
    } else enterFullscreen();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      // Keys the graph canvas has handled (F fits, for one) are its own; Escape always leaves.
      if (e.defaultPrevented && e.key !== 'Escape') return;
      // Enter and Space on a focused button belong to the button.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
      const action = presenterKeyAction(e.key, step, count);
      if (action === null) return;
      e.preventDefault();
      if (action === 'leave') {
        exitFullscreen();
        act(leavePresenter);
      } else if (action === 'fullscreen') {
        toggleFullscreen();
      } else if (action !== step && story) act(playStep(graph, story, action));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [graph, story, step, count, act]);

  useEffect(() => {
    // Escape in full screen is taken by the browser (it leaves full screen): leave presenting too.
    const onChange = () => {
      setFullscreen(isFullscreen());
      if (isFullscreen()) wasFullscreen.current = true;
      else if (wasFullscreen.current) {
        wasFullscreen.current = false;
        if (keepPresenting.current) keepPresenting.current = false;
        else act(leavePresenter);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [act]);

  const go = (to: number) => {
    if (story) act(playStep(graph, story, to));
  };
  const leave = () => {
    exitFullscreen();
    act(leavePresenter);
  };

  return (
    <>
      <div className="presenter-top" role="region" aria-label="Presenter">
        <h1 className="presenter-title">{current?.title ?? story?.title ?? 'No story'}</h1>
        {period && (
          <p className="presenter-period" aria-live="polite">
            <span className="visually-hidden">Years shown: </span>
            {periodText(period)}
          </p>
        )}
        <p className="presenter-counter">
          {count > 0 ? `${Math.min(step + 1, count)} / ${count}` : '0 / 0'}
        </p>
      </div>
      <div className="presenter-bottom">
        <p className="presenter-caption" aria-live="polite" data-testid="presenter-caption">
          {current
            ? current.caption
            : 'Choose a story in the Stories panel to present it. Press Escape to leave.'}
        </p>
        <div className="presenter-controls">
          <button
            type="button"
            onClick={() => go(Math.max(step - 1, 0))}
            disabled={step <= 0}
            aria-label="Previous step"
            title="Previous step (← ↑ Page Up)"
          >
            ←
          </button>
          <button
            type="button"
            onClick={() => go(Math.min(step + 1, count - 1))}
            disabled={step >= count - 1}
            aria-label="Next step"
            title="Next step (→ ↓ Page Down, Space)"
          >
            →
          </button>
          <button type="button" onClick={toggleFullscreen} title="F">
            {fullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
          <button type="button" onClick={leave} title="Escape">
            Leave
          </button>
        </div>
      </div>
    </>
  );
}
