import type { Worker } from 'node:worker_threads';
import { execute, type Outcome, type Task, type TaskSettings } from './tasks.js';

/** Tasks sent to a worker in one message: fewer messages, and a worker never waits between two records. */
const BATCH = 8;
/** Tasks in flight per worker: bounds the memory held for records that finish ahead of their turn. */
const IN_FLIGHT_PER_WORKER = 4 * BATCH;
/**
 * A smaller young generation than V8's default keeps each worker's heap, and so the
 * peak memory of a long run, lower, for a few per cent more time in the scavenger.
 */
const YOUNG_GENERATION_MB = 8;
/** Records seen before the workers start. */
const LAZY_START = 8 * BATCH;

/** A thread that lints batches: a worker, or this thread between its reads and writes. */
interface Slot {
  post(batch: { seq: number; task: Task }[]): void;
  worker?: Worker;
  load: number;
}

type Answer = { seq: number; outcome: Outcome; error?: undefined } | { seq: number; error: string };

/**
 * Run the tasks and yield their outcomes in input order. With one job everything
 * runs inline on this thread; with more, on this thread and jobs - 1 workers, pulling from
 * the source only as fast as results are taken, so memory stays flat.
 */
export async function* runTasks(source: AsyncIterable<Task> | Iterable<Task>, jobs: number, settings: TaskSettings): AsyncGenerator<Outcome> {
  if (jobs <= 1) {
    for await (const task of source) yield execute(task, settings);
    return;
  }
  const { Worker } = await import('node:worker_threads');
  const url = new URL('./worker.js', import.meta.url);
  const finished = new Map<number, Outcome>();
  let failure: Error | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const receive = (slot: Slot, answers: Answer[]) => {
    slot.load -= answers.length;
    for (const a of answers) {
      if (a.error !== undefined) failure ??= new Error(a.error);
      else finished.set(a.seq, a.outcome);
    }
    notify();
  };
  // This thread is one of the N: it only reads, dispatches and writes otherwise, and one
  // thread fewer is one heap fewer.
  const here: Slot = {
    load: 0,
    post(batch) {
      setImmediate(() => {
        const answers: Answer[] = [];
        for (const { seq, task } of batch) {
          try {
            answers.push({ seq, outcome: execute(task, settings) });
          } catch (err) {
            answers.push({ seq, error: (err as Error)?.message ?? String(err) });
          }
        }
        receive(here, answers);
      });
    },
  };
  const slots: Slot[] = [here];
  let started = false;
  const startWorkers = () => {
    started = true;
    for (let i = 1; i < jobs; i++) {
      const worker = new Worker(url, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, load: 0, post: (batch) => worker.postMessage(batch) };
      worker.on('message', (answers: Answer[]) => receive(slot, answers));
      worker.on('error', (err) => {
        failure ??= err;
        notify();
      });
      worker.on('exit', (code) => {
        if (!stopping) failure ??= new Error(`a worker thread stopped (exit code ${code})`);
        notify();
      });
      slots.push(slot);
    }
  };

  let batch: { seq: number; task: Task }[] = [];
  const idle = () => slots.every((s) => s.load === 0);
  const flush = () => {
    if (batch.length === 0) return;
    // Workers start only once the input proves longer than a few batches: a short run
    // finishes on this thread before a worker would have loaded the pipeline.
    if (!started && sent > LAZY_START) startWorkers();
    let slot = slots[0]!;
    for (const s of slots) if (s.load < slot.load) slot = s;
    slot.load += batch.length;
    slot.post(batch);
    batch = [];
  };

  const it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const limit = jobs * IN_FLIGHT_PER_WORKER;
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - next < limit) {
        // A slow source (a pipe) must not hold back a part-filled batch while workers wait.
        if (batch.length > 0 && idle()) flush();
        const r = await it.next();
        if (r.done) exhausted = true;
        else {
          batch.push({ seq: sent++, task: r.value });
          if (batch.length >= BATCH) flush();
        }
      }
      // A part-filled batch goes out at the end, or when nothing else is running (it then holds `next`).
      if (exhausted || idle()) flush();
      if (exhausted && next === sent) return;
      while (!finished.has(next) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const outcome = finished.get(next)!;
      finished.delete(next);
      next++;
      yield outcome;
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker?.terminate()));
    if (!exhausted) await it.return?.();
  }
}
