/**
 * The Export menu's dataset part: the dataset shown, as the JSON bundle (graph, sources, stories,
 * positions: it opens again as it was), GEXF (for Gephi), GraphML or a nodes and an edges CSV
 * (io/open/writeDataset.ts, loaded only when asked). The bundle carries the dataset's stories and
 * the person's own. When the view shows a part of the graph (a focus, an answer, filters), the
 * person can write that part alone (model/datasetSubset.ts).
 */
import { useId, useState } from 'react';
import { countOf } from '../../model/answerWords';
import type { Dataset } from '../../model/datasetBundle';
import { datasetSubset, type ShownPart } from '../../model/datasetSubset';
import type { Story } from '../../model/storySchema';
import { downloadBlob, fileSafe } from './download';

export type DatasetFormat = 'bundle' | 'gexf' | 'graphml' | 'csv';

const FORMATS: readonly { format: DatasetFormat; words: string }[] = [
  { format: 'bundle', words: 'JSON bundle' },
  { format: 'gexf', words: 'GEXF (Gephi)' },
  { format: 'graphml', words: 'GraphML' },
  { format: 'csv', words: 'CSV (nodes and edges)' },
];

/** Writes `dataset` in `format` and downloads it (two files for CSV). */
async function downloadDataset(dataset: Dataset, format: DatasetFormat): Promise<void> {
  const [{ serializeDataset }, write] = await Promise.all([
    import('../../io/open/openedDataset'),
    import('../../io/open/writeDataset'),
  ]);
  const d = serializeDataset(dataset);
  const name = fileSafe(dataset.name);
  const text = (body: string, type: string) => new Blob([body], { type });
  if (format === 'bundle')
    downloadBlob(text(write.bundleText(d), 'application/json'), `${name}.json`);
  else if (format === 'gexf')
    downloadBlob(text(write.gexfText(d), 'application/xml'), `${name}.gexf`);
  else if (format === 'graphml')
    downloadBlob(text(write.graphmlText(d), 'application/xml'), `${name}.graphml`);
  else {
    const { nodes, edges } = write.csvTexts(d);
    downloadBlob(text(nodes, 'text/csv'), `${name}-nodes.csv`);
    downloadBlob(text(edges, 'text/csv'), `${name}-edges.csv`);
  }
}

export interface DatasetExportProps {
  dataset: Dataset;
  /** What the view shows, when that is not the whole graph. */
  part: ShownPart | null;
  /** The name the part is written under. */
  partName: string;
  /** The person's own stories, carried by the bundle beside the dataset's. */
  ownStories: readonly Story[];
  /** Says what happened (null: nothing to say) and closes the menu when done. */
  onDone(status: string | null): void;
}

const sizeWords = (nodes: number, links: number) =>
  `${countOf(nodes, 'node', 'nodes')}, ${countOf(links, 'link', 'links')}`;

export function DatasetExport({ dataset, part, partName, ownStories, onDone }: DatasetExportProps) {
  const [onlyPart, setOnlyPart] = useState(false);
  const name = useId();
  const save = async (format: DatasetFormat) => {
    const known = new Set(dataset.stories.map((s) => s.id));
    const stories = [...dataset.stories, ...ownStories.filter((s) => !known.has(s.id))];
    const whole = { ...dataset, stories };
    try {
      await downloadDataset(
        part && onlyPart ? datasetSubset(whole, part, partName) : whole,
        format,
      );
      onDone(null);
    } catch (e) {
      onDone(`The dataset could not be written: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <p className="export-what">
        The dataset: <strong>{dataset.name}</strong>
      </p>
      {part && (
        <fieldset className="export-part">
          <legend>Write</legend>
          <label>
            <input
              type="radio"
              name={name}
              checked={!onlyPart}
              onChange={() => setOnlyPart(false)}
            />
            all of it ({sizeWords(dataset.graph.order, dataset.graph.size)})
          </label>
          <label>
            <input type="radio" name={name} checked={onlyPart} onChange={() => setOnlyPart(true)} />
            what the view shows ({sizeWords(part.nodes.size, part.edges.size)})
          </label>
        </fieldset>
      )}
      {FORMATS.map(({ format, words }) => (
        <button key={format} type="button" onClick={() => void save(format)}>
          {words}
        </button>
      ))}
    </>
  );
}
