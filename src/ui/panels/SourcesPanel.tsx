/**
 * The Sources pane: the cited documents beside the graph, linked both ways. It shows one
 * document as numbered, readable text with every cited passage highlighted; a click on a passage
 * focuses the nodes that cite it, "show in source" elsewhere opens it here at the passage (scrolled
 * to and flashed), and it offers the per-document view and the comparison of two documents.
 */
import { useEffect, useRef, useState } from 'react';
import { citingKeys, sectionCitations, type Citation } from '../../model/citations';
import type { PanelProps } from '../panelProps';
import { focusTarget } from '../../model/citingNames';
import { DocumentCompare } from '../sources/DocumentCompare';
import { DocumentHeader } from '../sources/DocumentHeader';
import { DocumentText, sectionDomId } from '../sources/DocumentText';
import { MissingPassages } from '../sources/MissingPassages';
import { NodeCitations } from '../sources/NodeCitations';
import { PassageCiters } from '../sources/PassageCiters';
import { scrollToPassage } from '../sources/scrollToPassage';
import { SelectionSearch } from '../sources/SelectionSearch';
import { citationIndexFor } from '../../model/citationIndexFor';
import { useFollowNode } from '../sources/useFollowNode';
import { useTakeLanding } from '../focusLanding';
import '../sources/sources.css';
import { openDocument, readPassage, showOnly } from '../../state/actions';

interface Chosen {
  doc: string;
  section: string;
  citations: readonly Citation[];
  words: string;
}

export function SourcesPanel({ graph, sources, state, act: updateView }: PanelProps) {
  const index = citationIndexFor(graph, sources);
  const textRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [flashTick, setFlashTick] = useState(0);
  const nodeDoc = state.node ? index.byKey.get(state.node)?.[0]?.doc : undefined;
  const docId = state.doc ?? nodeDoc ?? index.documents[0]?.id ?? null;
  const document = index.documents.find((d) => d.id === docId);
  const passage = state.doc === docId ? state.passage : null;
  // The pane's own changes; focusing a node from elsewhere brings the text to its passage.
  const act = useFollowNode(index, state, docId, updateView);

  // Opening at a passage (from the URL, "show in source", a citation link) scrolls to it and
  // flashes it.
  // Asked for with the keyboard focus (focusLanding.tsx), the passage takes it too.
  const takeLanding = useTakeLanding();
  useEffect(() => {
    if (!docId || !passage) return;
    const el = textRef.current?.ownerDocument.getElementById(sectionDomId(docId, passage));
    if (!el) return;
    scrollToPassage(el);
    if (takeLanding()) el.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docId, passage, flashTick]);

  if (!document || !docId) return <p className="muted">No source documents are loaded.</p>;

  const open = (doc: string, section: string) => {
    setChosen(null);
    setFlashTick((t) => t + 1);
    act(readPassage(doc, section));
  };
  const onPassage = (section: string, citations: readonly Citation[], words: string) => {
    setChosen({ doc: docId, section, citations, words });
    const target = focusTarget(graph, citingKeys(citations));
    act(readPassage(docId, section, target));
  };
  const current = passage && chosen?.doc === docId && chosen.section === passage ? chosen : null;

  return (
    <div className="sources-pane">
      <DocumentHeader
        documents={index.documents}
        document={document}
        only={state.only}
        onPick={(id) => {
          setChosen(null);
          act(openDocument(id));
        }}
        onOnly={(id) => act(showOnly(id))}
      />
      <MissingPassages
        graph={graph}
        document={document}
        passage={passage}
        unlocated={index.unlocated}
      />
      {state.node && (
        <NodeCitations
          graph={graph}
          index={index}
          node={state.node}
          at={{ doc: docId, passage }}
          onOpen={open}
        />
      )}
      <details className="compare-box" open={state.compare !== null}>
        <summary>Compare with another document</summary>
        <DocumentCompare
          key={state.compare?.join(',') ?? 'none'}
          graph={graph}
          index={index}
          current={docId}
          compare={state.compare}
          act={updateView}
        />
      </details>
      <div className="source-body" ref={textRef}>
        <DocumentText
          graph={graph}
          index={index}
          document={document}
          passage={passage}
          focusedNode={state.node}
          onSection={(section) => open(docId, section)}
          onPassage={onPassage}
          afterCurrent={
            passage && (
              <PassageCiters
                graph={graph}
                section={passage}
                citations={current?.citations ?? sectionCitations(index, docId, passage)}
                quote={current?.words ?? null}
                focusedNode={state.node}
                act={act}
              />
            )
          }
        />
        <SelectionSearch container={textRef} />
      </div>
    </div>
  );
}
