/**
 * One section's text with its cited passages as marks. Each mark is keyboard focusable, names
 * what cites it, and on activation reports its citations; overlapping quotes arrive here already
 * split into segments, so each mark knows every key that cites its stretch.
 */
import type { KeyboardEvent } from 'react';
import { citingKeys, segmentSection, type Citation } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import { citedByLabel, citingName } from '../../model/citingNames';

export interface CitedTextProps {
  graph: KnowledgeGraph;
  text: string;
  citations: readonly Citation[];
  /** The focused node: marks citing it (or an edge of it) are drawn stronger. */
  focusedNode: string | null;
  /** Called with the citations of the activated mark and its words. */
  onActivate: (citations: readonly Citation[], words: string) => void;
}

function touches(graph: KnowledgeGraph, c: Citation, node: string | null): boolean {
  if (!node) return false;
  if (c.kind === 'node') return c.key === node;
  return graph.hasEdge(c.key) && (graph.source(c.key) === node || graph.target(c.key) === node);
}

export function CitedText({ graph, text, citations, focusedNode, onActivate }: CitedTextProps) {
  const segments = segmentSection(text, citations);
  return (
    <>
      {segments.map((seg) => {
        if (seg.citations.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const keys = citingKeys(seg.citations);
        const label = citedByLabel(keys.map((k) => citingName(graph, k.key, k.kind)));
        const own = seg.citations.some((c) => c.kind === 'node' && c.key === focusedNode);
        const near = !own && seg.citations.some((c) => touches(graph, c, focusedNode));
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onActivate(seg.citations, seg.text);
          }
        };
        return (
          <mark
            key={seg.start}
            role="button"
            tabIndex={0}
            className={`cite${keys.length > 1 ? ' cite--many' : ''}${own ? ' cite--focused' : ''}${near ? ' cite--near' : ''}`}
            aria-label={`${label} — “${seg.text}”`}
            title={label}
            data-keys={keys.map((k) => k.key).join(' ')}
            onClick={() => onActivate(seg.citations, seg.text)}
            onKeyDown={onKeyDown}
          >
            {seg.text}
          </mark>
        );
      })}
    </>
  );
}
