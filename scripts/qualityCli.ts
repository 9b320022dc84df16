/**
 * `npm run quality [--json] [FILE…]`: the data-quality report of the embedded dataset (no file)
 * or of the files given (a JSON bundle, GEXF or GraphML file, or a nodes and an edges CSV), as
 * text or, with `--json`, as JSON. Exit code 0 when the report has no error, 1 when it has (quotes
 * not found, dangling edges), 2 when the files cannot be read or checked (one line naming them).
 */
import { hasErrors, qualityReport } from '../src/model/qualityReport';
import { embeddedDataset, openedDataset } from './qualityDataset';
import { qualityText } from './qualityText';

export interface Output {
  log(text: string): void;
  error(text: string): void;
}

export const USAGE = 'usage: npm run quality -- [--json] [FILE | NODES.csv EDGES.csv]';

/** Runs the command on its arguments (without `node` and the script); returns the exit code. */
export function runQuality(args: readonly string[], dataDir: string, out: Output): number {
  const flags = args.filter((a) => a.startsWith('-'));
  const paths = args.filter((a) => !a.startsWith('-'));
  const unknown = flags.filter((f) => f !== '--json');
  if (unknown.length > 0) {
    out.error(`quality: unknown option ${unknown.join(', ')}; ${USAGE}`);
    return 2;
  }
  const dataset = paths.length === 0 ? embeddedDataset(dataDir) : openedDataset(paths);
  if (!dataset.ok) {
    out.error(`quality: ${dataset.problem}`);
    return 2;
  }
  const report = qualityReport(dataset.input);
  if (flags.includes('--json'))
    out.log(JSON.stringify({ dataset: dataset.name, ...report }, null, 2));
  else out.log(qualityText(dataset.name, dataset.input.graph, report));
  return hasErrors(report) ? 1 : 0;
}
