import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type Answer, type Batch, type TaskSettings } from './tasks.js';

/** A worker thread of the batch pool: lints each batch it is sent and answers with its results, in order. */
const settings = workerData as TaskSettings;
parentPort!.on('message', ({ first, tasks }: Batch) => {
  parentPort!.postMessage({ first, results: runBatch(tasks, settings) } satisfies Answer);
});
