import { parentPort, workerData } from 'node:worker_threads';
import { execute, type Task, type TaskSettings } from './tasks.js';

/** A worker thread of the batch pool: lints the tasks it is sent and answers with their sequence numbers. */
const settings = workerData as TaskSettings;
parentPort!.on('message', (batch: { seq: number; task: Task }[]) => {
  const answers = [];
  for (const { seq, task } of batch) {
    try {
      answers.push({ seq, outcome: execute(task, settings) });
    } catch (err) {
      answers.push({ seq, error: (err as Error)?.message ?? String(err) });
    }
  }
  parentPort!.postMessage(answers);
});
