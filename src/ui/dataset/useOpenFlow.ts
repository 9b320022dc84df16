/**
 * The steps of opening a dataset: read the chosen or dropped files, offer the column mapping
 * for a foreign format, check in the dataset worker with progress, then hand over the dataset or
 * list its problems. The worker's code loads only when a person opens a file. Nothing changes
 * for the dataset shown until a file has passed every check.
 */
import { useCallback, useRef, useState } from 'react';
import type { Dataset } from '../../model/datasetBundle';
import type { OpenFile, TablesSummary } from '../../io/open/checkFiles';
import type { ColumnMapping } from '../../io/open/columnMapping';
import type { OpenProblem } from '../../io/open/openProblem';

export type OpenFlow =
  | { step: 'idle' }
  | { step: 'reading'; names: string[] }
  | {
      step: 'mapping';
      names: string[];
      files: OpenFile[];
      summary: TablesSummary;
      mapping: ColumnMapping;
    }
  | { step: 'checking'; names: string[]; stage: string; fraction: number }
  | { step: 'problems'; names: string[]; problems: OpenProblem[]; retry: OpenFlow | null };

const loadRunner = () => import('../../io/open/runDatasetWorker');
const loadDataset = () => import('../../io/open/openedDataset');

async function bytesOf(files: readonly File[]): Promise<OpenFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

function unreadable(e: unknown): OpenProblem {
  const what = e instanceof Error ? e.message : String(e);
  return { code: 'unreadable', place: {}, message: `the file could not be read: ${what}` };
}

export interface OpenFlowControls {
  flow: OpenFlow;
  /** Starts opening the files a person chose or dropped. */
  open: (files: readonly File[]) => void;
  /** Checks the files by the mapping chosen. */
  check: (mapping: ColumnMapping) => void;
  /** Back to the mapping after problems (foreign formats). */
  back: () => void;
  cancel: () => void;
}

export function useOpenFlow(onOpened: (dataset: Dataset) => void): OpenFlowControls {
  const [flow, setFlow] = useState<OpenFlow>({ step: 'idle' });
  // A newer request (or cancel) makes the answers of older ones void.
  const run = useRef(0);

  const finish = useCallback(
    async (
      names: string[],
      files: OpenFile[],
      mapping: ColumnMapping | null,
      retry: OpenFlow | null,
    ) => {
      const id = ++run.current;
      setFlow({ step: 'checking', names, stage: 'Starting', fraction: 0 });
      const result = await loadRunner()
        .then(({ checkInWorker }) =>
          checkInWorker(files, mapping, (stage, fraction) => {
            if (run.current === id) setFlow({ step: 'checking', names, stage, fraction });
          }),
        )
        .catch((e: unknown) => ({ ok: false as const, problems: [unreadable(e)] }));
      if (run.current !== id) return;
      if (!result.ok) return setFlow({ step: 'problems', names, problems: result.problems, retry });
      const { datasetFrom } = await loadDataset();
      if (run.current !== id) return;
      setFlow({ step: 'idle' });
      onOpened(datasetFrom(result.dataset));
    },
    [onOpened],
  );

  const open = useCallback(
    (chosen: readonly File[]) => {
      const names = chosen.map((f) => f.name);
      const id = ++run.current;
      setFlow({ step: 'reading', names });
      void (async () => {
        const files = await bytesOf(chosen);
        const { inspectInWorker } = await loadRunner();
        const seen = await inspectInWorker(files);
        if (run.current !== id) return;
        if (!seen.ok)
          return setFlow({ step: 'problems', names, problems: seen.problems, retry: null });
        if (seen.format === 'bundle') return finish(names, files, null, null);
        setFlow({ step: 'mapping', names, files, summary: seen.summary, mapping: seen.mapping });
      })().catch((e: unknown) => {
        if (run.current === id)
          setFlow({
            step: 'problems',
            names,
            retry: null,
            problems: [unreadable(e)],
          });
      });
    },
    [finish],
  );

  const check = useCallback(
    (mapping: ColumnMapping) => {
      if (flow.step !== 'mapping') return;
      void finish(flow.names, flow.files, mapping, { ...flow, mapping });
    },
    [flow, finish],
  );

  const back = useCallback(() => {
    if (flow.step === 'problems' && flow.retry) setFlow(flow.retry);
  }, [flow]);

  const cancel = useCallback(() => {
    run.current += 1;
    setFlow({ step: 'idle' });
  }, []);

  return { flow, open, check, back, cancel };
}
