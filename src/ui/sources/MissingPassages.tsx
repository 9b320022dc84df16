/**
 * What the pane could not show: a passage in the URL that the document does not have, and
 * citations into this document whose section or quote cannot be found (possible in an imported
 * graph; the embedded data is checked by the tests). Codes become words here.
 */
import type { UnlocatedCitation, UnlocatedReason } from '../../model/citations';
import type { KnowledgeGraph } from '../../model/graph';
import type { SourceDocument } from '../../model/sourceDocument';
import { citingName, plural } from '../../model/citingNames';

const REASONS: Record<UnlocatedReason, (section: string) => string> = {
  unknown_document: () => 'the document is not loaded',
  unknown_section: (section) => `there is no § ${section}`,
  quote_not_found: (section) => `the quote is not in § ${section}`,
};

export function MissingPassages({
  graph,
  document,
  passage,
  unlocated,
}: {
  graph: KnowledgeGraph;
  document: SourceDocument;
  passage: string | null;
  unlocated: readonly UnlocatedCitation[];
}) {
  const missingPassage = passage !== null && !document.sections.some((s) => s.id === passage);
  const here = unlocated.filter((u) => u.source.doc === document.id);
  if (!missingPassage && here.length === 0) return null;
  return (
    <div className="missing-passages" role="status">
      {missingPassage && <p>This document has no § {passage}.</p>}
      {here.length > 0 && (
        <details>
          <summary>{plural(here.length, 'citation')} could not be found in this document</summary>
          <ul>
            {here.map((u, i) => (
              <li key={i}>
                {citingName(graph, u.key, u.kind)}: {REASONS[u.reason](u.source.section)} (“
                {u.source.quote}”)
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
