/**
 * "Print handout": shows each step of the story in turn, takes a picture of it, then opens the
 * browser's print dialog on a handout with one step per page (title, picture, caption, the nodes
 * in focus and their sources), so "Save as PDF" gives a handout. The view returns to the view
 * and camera the person had (stepPlayer.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { KnowledgeGraph } from '../../model/graph';
import type { Story } from '../../model/storySchema';
import type { ViewState } from '../../state/viewState';
import { useGraphHandle } from '../graphHandleContext';
import type { Act } from '../panelProps';
import { HANDOUT_PICTURE, PrintStory } from './PrintStory';
import { stepPlayer } from './stepPlayer';

export interface PrintStoryButtonProps {
  story: Story;
  graph: KnowledgeGraph;
  state: ViewState;
  act: Act;
}

export function PrintStoryButton({ story, graph, state, act }: PrintStoryButtonProps) {
  const handle = useGraphHandle();
  const [progress, setProgress] = useState<string | null>(null);
  const [pictures, setPictures] = useState<(string | null)[] | null>(null);
  const urls = useRef<string[]>([]);

  useEffect(
    () => () => {
      urls.current.forEach((u) => URL.revokeObjectURL(u));
    },
    [],
  );

  useEffect(() => {
    if (!pictures) return;
    // Print once the handout is in the page and its pictures are decoded.
    const images = [...document.querySelectorAll<HTMLImageElement>('.print-story img')];
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      setProgress(null);
      window.print();
    });
    // Once printed, the handout leaves the page, so a later Ctrl+P prints the explorer again.
    const done = () => setPictures(null);
    window.addEventListener('afterprint', done, { once: true });
    return () => window.removeEventListener('afterprint', done);
  }, [pictures]);

  const prepare = async () => {
    urls.current.forEach((u) => URL.revokeObjectURL(u));
    urls.current = [];
    const taken: (string | null)[] = [];
    const player = handle && (await stepPlayer(handle, graph, story, state, act));
    for (let i = 0; i < story.steps.length; i += 1) {
      if (!handle || !player) {
        taken.push(null);
        continue;
      }
      setProgress(`Preparing the handout: step ${i + 1} of ${story.steps.length}…`);
      await player.show(i);
      try {
        const url = URL.createObjectURL(await handle.png({ scale: 2, paper: HANDOUT_PICTURE }));
        urls.current.push(url);
        taken.push(url);
      } catch {
        taken.push(null);
      }
    }
    await player?.restore();
    setProgress('Opening the print dialog…');
    setPictures(taken);
  };

  return (
    <>
      <button type="button" onClick={() => void prepare()} disabled={progress !== null}>
        Print handout
      </button>
      {progress && (
        <p role="status" className="print-progress">
          {progress}
        </p>
      )}
      {pictures &&
        createPortal(<PrintStory story={story} graph={graph} pictures={pictures} />, document.body)}
    </>
  );
}
