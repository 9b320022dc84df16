/**
 * The page's side of the dataset worker: one worker per request, progress passed on, the
 * worker ended when it answers. A worker that fails answers with one problem, so the dialog
 * says what happened and the dataset shown stays.
 */
import type { CheckResult, Inspection, OpenFile, Progress } from './checkFiles';
import type { ColumnMapping } from './columnMapping';
import { createDatasetWorker } from './createDatasetWorker';
import { openProblem } from './openProblem';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

function run(request: WorkerRequest, progress: Progress): Promise<WorkerReply> {
  return new Promise((resolve) => {
    const worker = createDatasetWorker();
    const fail = (what: string): void => {
      worker.terminate();
      const result = { ok: false as const, problems: [openProblem('worker_failed', {}, what)] };
      resolve(
        request.type === 'inspect' ? { type: 'inspected', result } : { type: 'checked', result },
      );
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'progress') return progress(e.data.stage, e.data.fraction);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => fail(`checking stopped: ${e.message || 'the worker failed'}`);
    worker.onmessageerror = () => fail('checking stopped: the answer could not be read');
    worker.postMessage(request);
  });
}

export async function inspectInWorker(files: OpenFile[]): Promise<Inspection> {
  const answer = await run({ type: 'inspect', files }, () => {});
  if (answer.type !== 'inspected') throw new Error('dataset worker: expected an inspection');
  return answer.result;
}

export async function checkInWorker(
  files: OpenFile[],
  mapping: ColumnMapping | null,
  progress: Progress,
): Promise<CheckResult> {
  const answer = await run({ type: 'check', files, mapping }, progress);
  if (answer.type !== 'checked') throw new Error('dataset worker: expected a check');
  return answer.result;
}
