/** The messages between the page and the dataset worker (datasetWorker.ts). */
import type { CheckResult, Inspection, OpenFile } from './checkFiles';
import type { ColumnMapping } from './columnMapping';

export type WorkerRequest =
  | { type: 'inspect'; files: OpenFile[] }
  | { type: 'check'; files: OpenFile[]; mapping: ColumnMapping | null };

export type WorkerReply =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'inspected'; result: Inspection }
  | { type: 'checked'; result: CheckResult };
