/**
 * The steps of one of the person's stories, editable: title and caption inline, Move up / Move
 * down (focus follows the moved step, so reordering works from the keyboard), Delete and Show.
 * A long story (more than ALL_STEPS_UP_TO steps) is drawn as a virtual list in its own scroll
 * box: only the steps in view are in the page, so a 10,000-step story opens and types as fast
 * as a short one; each item still says its place (aria-posinset / aria-setsize).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Story, StoryStep } from '../../model/storySchema';
import { deleteStep, editStep, moveStep } from '../../state/storyEdits';

/** Stories with at most this many steps have every step in the page. */
export const ALL_STEPS_UP_TO = 60;
/** A step editor's height before it is measured, px. */
const STEP_HEIGHT_GUESS = 172;

type EditStories = (f: (stories: Story[]) => Story[], undoLabel?: string) => void;

export interface StoryStepsEditorProps {
  story: Story;
  /** Index of the step shown in the graph (null when another story plays). */
  current: number | null;
  /** Replaces the person's stories with an edited copy; `undoLabel` makes it undoable. */
  edit: EditStories;
  /** The same for typing (titles, captions): saved a moment later. */
  editText: (f: (stories: Story[]) => Story[]) => void;
  show: (index: number) => void;
}

interface StepEditorProps {
  story: Story;
  step: StoryStep;
  index: number;
  current: boolean;
  edit: EditStories;
  editText: StoryStepsEditorProps['editText'];
  show: (index: number) => void;
  move: (index: number, delta: number) => void;
}

/** One step's title, caption and buttons. */
function StepEditor({
  story,
  step,
  index: i,
  current,
  edit,
  editText,
  show,
  move,
}: StepEditorProps) {
  const n = i + 1;
  return (
    <>
      <div className="story-step-head">
        <span className="story-step-number" aria-hidden="true">
          {n}
        </span>
        <input
          type="text"
          value={step.title}
          aria-label={`Title of step ${n}`}
          onChange={(e) => editText((all) => editStep(all, story.id, i, { title: e.target.value }))}
        />
      </div>
      <textarea
        value={step.caption}
        rows={3}
        aria-label={`Caption of step ${n}`}
        placeholder="What the audience should see here"
        onChange={(e) => editText((all) => editStep(all, story.id, i, { caption: e.target.value }))}
      />
      <div className="story-step-actions">
        <button type="button" onClick={() => show(i)} aria-current={current ? 'step' : undefined}>
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
    </>
  );
}

const stepClass = (current: boolean) => (current ? 'story-step is-current' : 'story-step');

export function StoryStepsEditor({ story, current, edit, editText, show }: StoryStepsEditorProps) {
  // Which button gets focus after the next render (a move re-renders the list).
  const pendingFocus = useRef<{ id: string; index: number } | null>(null);
  const scrollBox = useRef<HTMLDivElement>(null);
  const long = story.steps.length > ALL_STEPS_UP_TO;
  // The app is not built with the React Compiler; the virtualizer re-renders this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: long ? story.steps.length : 0,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => STEP_HEIGHT_GUESS,
    overscan: 3,
    gap: 6,
    // Steps are drawn in the first paint, before the box is measured.
    initialRect: { width: 320, height: 720 },
  });

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const el = document.getElementById(target.id);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    } else if (long) virtual.scrollToIndex(target.index); // drawn on the next render, focused then
  });

  // The step shown in the graph is brought into view (a link may open step 5,000).
  useEffect(() => {
    if (long && current !== null) virtual.scrollToIndex(current, { align: 'center' });
  }, [long, current, virtual]);

  const move = (i: number, delta: number) => {
    edit((all) => moveStep(all, story.id, i, delta));
    const to = i + delta;
    const direction = delta < 0 ? 'up' : 'down';
    // Keep focus on the same button of the moved step, or the other one at the list's ends.
    const atEnd = (delta < 0 && to === 0) || (delta > 0 && to === story.steps.length - 1);
    const button = atEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    pendingFocus.current = { id: `step-${to}-${button}`, index: to };
  };

  if (story.steps.length === 0)
    return <p className="stories-empty">No steps yet: set up a view and capture it.</p>;

  const row = (i: number) => {
    const step = story.steps[i];
    if (!step) return null;
    return (
      <StepEditor
        story={story}
        step={step}
        index={i}
        current={i === current}
        edit={edit}
        editText={editText}
        show={show}
        move={move}
      />
    );
  };

  if (!long)
    return (
      <ol className="story-steps" aria-label={`Steps of ${story.title}`}>
        {story.steps.map((_step, i) => (
          <li key={i} className={stepClass(i === current)}>
            {row(i)}
          </li>
        ))}
      </ol>
    );

  const items = virtual.getVirtualItems();
  return (
    <div ref={scrollBox} className="story-steps-scroll">
      <ol
        className="story-steps is-virtual"
        aria-label={`Steps of ${story.title}`}
        style={{ height: virtual.getTotalSize() }}
      >
        {items.map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtual.measureElement}
            className={stepClass(item.index === current)}
            aria-posinset={item.index + 1}
            aria-setsize={story.steps.length}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {row(item.index)}
          </li>
        ))}
      </ol>
    </div>
  );
}
