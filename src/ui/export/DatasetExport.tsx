/**
 * The Export menu's dataset part: the dataset shown, as the JSON bundle (graph, sources, stories,
 * positions: it opens again as it was), GEXF (for Gephi), GraphML or a nodes and an edges CSV
 * (io/open/writeDataset.ts, loaded only when asked). The bundle carries the dataset's stories and
 * the person's own.
 */
import type { Dataset } from '../../model/datasetBundle';
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
  /** The person's own stories, carried by the bundle beside the dataset's. */
  ownStories: readonly Story[];
  /** Says what happened (null: nothing to say) and closes the menu when done. */
  onDone(status: string | null): void;
}

export function DatasetExport({ dataset, ownStories, onDone }: DatasetExportProps) {
  const save = async (format: DatasetFormat) => {
    const known = new Set(dataset.stories.map((s) => s.id));
    const stories = [...dataset.stories, ...ownStories.filter((s) => !known.has(s.id))];
    try {
      await downloadDataset({ ...dataset, stories }, format);
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
      {FORMATS.map(({ format, words }) => (
        <button key={format} type="button" onClick={() => void save(format)}>
          {words}
        </button>
      ))}
    </>
  );
}
