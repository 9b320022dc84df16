/**
 * Export the person's stories as a JSON file and import such a file again. A corrupted or foreign
 * file is refused with its problems listed; nothing stored changes. Imports are appended, never
 * replacing a stored story (an id already taken is renamed).
 */
import { useRef, useState } from 'react';
import {
  STORIES_FILE_NAME,
  mergeImported,
  parseStoriesFile,
  serializeStoriesFile,
  type StoriesFileProblem,
} from '../../io/storiesFile';
import { decodeFileText, type DecodedFileText } from '../../io/decodeFileText';
import type { KnowledgeGraph } from '../../model/graph';
import type { Story } from '../../model/storySchema';
import { downloadBlob } from '../export/download';

export interface StoriesFileButtonsProps {
  graph: KnowledgeGraph;
  own: Story[];
  builtInIds: ReadonlySet<string>;
  replaceOwn: (next: Story[]) => void;
}

type Outcome =
  | { kind: 'imported'; count: number; renamed: { from: string; to: string }[] }
  | { kind: 'refused'; fileName: string; problems: StoriesFileProblem[] };

const MAX_LISTED = 5;

export function StoriesFileButtons({
  graph,
  own,
  builtInIds,
  replaceOwn,
}: StoriesFileButtonsProps) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** How the file's bytes were read, when that needs saying (not UTF-8). */
  const [readNotice, setReadNotice] = useState<string | undefined>(undefined);

  const exportFile = () => {
    const blob = new Blob([serializeStoriesFile(own)], { type: 'application/json' });
    downloadBlob(blob, STORIES_FILE_NAME);
  };

  const importFile = async (file: File) => {
    setReadNotice(undefined);
    let decoded: DecodedFileText;
    try {
      decoded = decodeFileText(new Uint8Array(await file.arrayBuffer()));
    } catch {
      const problem = {
        code: 'unreadable_file' as const,
        place: {},
        message: 'the file could not be read',
      };
      setOutcome({ kind: 'refused', fileName: file.name, problems: [problem] });
      return;
    }
    if (!decoded.ok) {
      const problem = { code: 'not_text' as const, place: {}, message: decoded.message };
      setOutcome({ kind: 'refused', fileName: file.name, problems: [problem] });
      return;
    }
    setReadNotice(decoded.notice);
    const parsed = parseStoriesFile(decoded.text, { hasNode: (k) => graph.hasNode(k) });
    if (!parsed.ok) {
      setOutcome({ kind: 'refused', fileName: file.name, problems: parsed.problems });
      return;
    }
    // The merged list is checked before it is saved: a merge that would not load again is refused.
    const merged = mergeImported(own, parsed.stories, builtInIds);
    if (!merged.ok) {
      setOutcome({ kind: 'refused', fileName: file.name, problems: merged.problems });
      return;
    }
    replaceOwn(merged.merge.stories);
    setOutcome({ kind: 'imported', count: parsed.stories.length, renamed: merged.merge.renamed });
  };

  return (
    <section aria-label="Story files" className="stories-files">
      <div className="stories-file-buttons">
        <button type="button" onClick={exportFile} disabled={own.length === 0}>
          Export my stories
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Import stories…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label="Stories file to import"
          tabIndex={-1}
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            if (input.current) input.current.value = '';
          }}
        />
      </div>
      {readNotice && <p role="status">{readNotice}</p>}
      {outcome?.kind === 'imported' && (
        <p role="status">
          Imported {outcome.count} {outcome.count === 1 ? 'story' : 'stories'}.
          {outcome.renamed.length > 0 &&
            ` Renamed because the id was taken: ${outcome.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.`}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div role="alert" className="stories-error">
          <p>
            Nothing was imported from {outcome.fileName}: it is not a stories file for this
            explorer. Your stories are unchanged.
          </p>
          <ul>
            {outcome.problems.slice(0, MAX_LISTED).map((p, i) => (
              <li key={i} data-code={p.code}>
                {p.message}
              </li>
            ))}
            {outcome.problems.length > MAX_LISTED && (
              <li>…and {outcome.problems.length - MAX_LISTED} more.</li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
