/**
 * The steps of one of the person's stories, editable: title and caption inline, Move up / Move
 * down (focus follows the moved step, so reordering works from the keyboard), Delete and Show.
 */
import { useEffect, useRef } from 'react';
import type { Story } from '../../model/storySchema';
import { deleteStep, editStep, moveStep } from './storyEdits';

export interface StoryStepsEditorProps {
  story: Story;
  /** Index of the step shown in the graph (null when another story plays). */
  current: number | null;
  /** Replaces the person's stories with an edited copy; `undoLabel` makes it undoable. */
  edit: (f: (stories: Story[]) => Story[], undoLabel?: string) => void;
  /** The same for typing (titles, captions): saved a moment later. */
  editText: (f: (stories: Story[]) => Story[]) => void;
  show: (index: number) => void;
}

export function StoryStepsEditor({ story, current, edit, editText, show }: StoryStepsEditorProps) {
  // Which button gets focus after the next render (a move re-renders the list).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const move = (i: number, delta: number) => {
    edit((all) => moveStep(all, story.id, i, delta));
    const to = i + delta;
    const direction = delta < 0 ? 'up' : 'down';
    // Keep focus on the same button of the moved step, or the other one at the list's ends.
    const atEnd = (delta < 0 && to === 0) || (delta > 0 && to === story.steps.length - 1);
    pendingFocus.current = `step-${to}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`;
  };

  if (story.steps.length === 0)
    return <p className="stories-empty">No steps yet: set up a view and capture it.</p>;

  return (
    <ol className="story-steps" aria-label={`Steps of ${story.title}`}>
      {story.steps.map((step, i) => {
        const n = i + 1;
        return (
          <li key={i} className={i === current ? 'story-step is-current' : 'story-step'}>
            <div className="story-step-head">
              <span className="story-step-number" aria-hidden="true">
                {n}
              </span>
              <input
                type="text"
                value={step.title}
                aria-label={`Title of step ${n}`}
                onChange={(e) =>
                  editText((all) => editStep(all, story.id, i, { title: e.target.value }))
                }
              />
            </div>
            <textarea
              value={step.caption}
              rows={3}
              aria-label={`Caption of step ${n}`}
              placeholder="What the audience should see here"
              onChange={(e) =>
                editText((all) => editStep(all, story.id, i, { caption: e.target.value }))
              }
            />
            <div className="story-step-actions">
              <button
                type="button"
                onClick={() => show(i)}
                aria-current={i === current ? 'step' : undefined}
              >
                Show
              </button>
              <button
                type="button"
                id={`step-${i}-up`}
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`Move step ${n} up`}
              >
                Move up
              </button>
              <button
                type="button"
                id={`step-${i}-down`}
                onClick={() => move(i, 1)}
                disabled={i === story.steps.length - 1}
                aria-label={`Move step ${n} down`}
              >
                Move down
              </button>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  edit((all) => deleteStep(all, story.id, i), `Step "${step.title}" deleted.`)
                }
                aria-label={`Delete step ${n}`}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
