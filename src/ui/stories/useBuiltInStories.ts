/**
 * The built-in stories for StoriesProvider: the shipped ones, and, in a downloaded briefing (the
 * single-file explorer), the stories its page carries. Their reader (and the schema library it
 * needs) is loaded only when the page has a briefing block, after the first paint.
 */
import { useEffect, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { briefingBlockText } from '../export/briefingFile';
import { withCarriedStories, type BuiltInStories } from './StoriesContext';

export function useBuiltInStories(graph: KnowledgeGraph | null): BuiltInStories | undefined {
  const [carried, setCarried] = useState<BuiltInStories | undefined>(undefined);
  useEffect(() => {
    const text = briefingBlockText();
    if (!graph || text === null) return;
    let live = true;
    void import('../../io/briefingStories').then(({ readBriefingStories }) => {
      if (live)
        setCarried(
          withCarriedStories(readBriefingStories(text, { hasNode: (k) => graph.hasNode(k) })),
        );
    });
    return () => {
      live = false;
    };
  }, [graph]);
  return carried;
}
