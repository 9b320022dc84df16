/** Web Worker: reads and checks a file a person opens (checkFiles.ts), reporting progress. */
import { checkFiles, inspectFiles } from './checkFiles';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'inspect') {
    reply({ type: 'inspected', result: inspectFiles(request.files) });
    return;
  }
  const result = checkFiles(request.files, request.mapping, (stage, fraction) =>
    reply({ type: 'progress', stage, fraction }),
  );
  reply({ type: 'checked', result });
};
