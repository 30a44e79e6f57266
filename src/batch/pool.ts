import type { Worker } from 'node:worker_threads';
import { execute, runBatch, type Answer, type Batch, type Outcome, type Result, type Task, type TaskSettings } from './tasks.js';

/** Tasks sent to a worker in one message, at most: fewer messages and fewer clones per record. */
const BATCH_TASKS = 32;
/** Characters of input in one message, at most: a batch of long documents goes out sooner. */
const BATCH_CHARS = 256 * 1024;
/**
 * Full batches in flight per worker (queued, being linted, or done but waiting for an
 * earlier one): enough that a worker never waits for work while the one ahead of it
 * finishes, few enough that memory stays flat however long the input.
 */
const BATCHES_PER_WORKER = 4;
/**
 * A smaller young generation than V8's default keeps each worker's heap, and so the
 * peak memory of a long run, lower: at 4 MB two workers peaked about 15 MiB lower than
 * at 8 MB, for about 2 % more CPU in the scavenger.
 */
const YOUNG_GENERATION_MB = 4;
/**
 * A worker's old generation is capped, which makes V8 grow it in smaller steps: two
 * workers peaked at about 175 MiB on 9,000 records, against 205–225 MiB uncapped, for
 * the same CPU. A text too large for the cap (tens of megabytes) is not lost: the worker
 * stops, and what it held is linted on this thread (see `lost`).
 */
const OLD_GENERATION_MB = 1024;
/**
 * An input shorter than this, in tasks or characters (about 64 abstracts), is linted on
 * this thread: it is done before a worker would have loaded the pipeline.
 */
export const LAZY_START = { tasks: 64, chars: 256 * 1024 };

/**
 * A batch as it is sent, and the buffers handed over with it: each run of lines copied
 * to a buffer of its own, which moves to the worker. Sent as it is, a view into a larger
 * buffer (a file chunk, Node's buffer pool) would be cloned with the whole of that
 * buffer; and the original stays here, should the batch have to be linted again.
 */
function toSend(tasks: Task[]): { sent: Task[]; buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const sent = tasks.map((task): Task => {
    if (task.kind !== 'lines') return task;
    const bytes = Uint8Array.prototype.slice.call(task.bytes);
    buffers.push(bytes.buffer as ArrayBuffer);
    return { kind: 'lines', bytes };
  });
  return { sent, buffers };
}

/** The characters a task hands to a worker, to size batches by. */
function charsOf(task: Task): number {
  if (task.kind === 'line' || task.kind === 'file') return task.text.length;
  if (task.kind === 'lines') return task.bytes.length;
  const r = task.record;
  return 'text' in r ? r.text.length : r.en.length + r.zh.length;
}

export interface PoolOptions {
  /** Threads that lint: with 2 or more, that many workers lint and this thread only reads, dispatches and writes. */
  jobs: number;
  /**
   * The source is known to be long enough for workers (LAZY_START or more): start them at
   * once. Otherwise the tasks up to LAZY_START run on this thread, and workers start only
   * if more follow.
   */
  eager?: boolean;
  /** How many were sent in each message, for tests that check the batching. */
  onBatch?: (size: number) => void;
  /** The cap of each worker's old generation in MB (OLD_GENERATION_MB), for tests of a worker that runs out of memory. */
  workerHeapMb?: number;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  load: number;
  /** It ran out of memory: what it held was linted here, and it gets nothing more. */
  lost?: boolean;
}

/** A batch on its way, in input order: its tasks until it is answered, then its outcomes. */
interface InFlight {
  size: number;
  chars: number;
  slot?: Slot;
  tasks?: Task[];
  outcomes?: Outcome[];
}

/**
 * Run the tasks and yield their outcomes in input order. With one job everything runs on
 * this thread. With more, `jobs` worker threads lint batches of tasks, and this thread
 * reads the source, dispatches and hands the outcomes on in order, reading only as far
 * ahead as a bounded number of batches, so memory stays flat.
 */
export async function* runTasks(source: AsyncIterable<Task> | Iterable<Task>, settings: TaskSettings, options: PoolOptions): AsyncGenerator<Outcome> {
  const it = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let exhausted = false;
  let slots: Slot[] = [];
  let stopping = false;
  try {
    const { jobs } = options;
    if (jobs > 1 && !options.eager) {
      for (let tasks = 0, chars = 0; tasks < LAZY_START.tasks && chars < LAZY_START.chars; tasks++) {
        const r = await it.next();
        if (r.done) {
          exhausted = true;
          return;
        }
        chars += charsOf(r.value);
        yield execute(r.value, settings);
      }
    }
    if (jobs <= 1) {
      for (;;) {
        const r = await it.next();
        if (r.done) {
          exhausted = true;
          return;
        }
        yield execute(r.value, settings);
      }
    }

    const { Worker } = await import('node:worker_threads');
    const url = new URL('./worker.js', import.meta.url);
    const byFirst = new Map<number, InFlight>();
    const queue: InFlight[] = [];
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const answered = (batch: InFlight, results: Result[]) => {
      const outcomes: Outcome[] = [];
      for (const r of results) {
        if ('error' in r) failure ??= new Error(r.error);
        else outcomes.push(r.outcome);
      }
      batch.outcomes = outcomes;
      batch.tasks = undefined;
      notify();
    };
    const receive = (slot: Slot, answer: Answer) => {
      slot.load--;
      const batch = byFirst.get(answer.first)!;
      byFirst.delete(answer.first);
      answered(batch, answer.results);
    };
    let live: Slot[] = [];
    // A worker out of memory leaves its batches to this thread, whose heap is not capped.
    const lost = (slot: Slot) => {
      slot.lost = true;
      live = live.filter((s) => s !== slot);
      for (const [first, batch] of byFirst) {
        if (batch.slot !== slot) continue;
        byFirst.delete(first);
        answered(batch, runBatch(batch.tasks!, settings));
      }
    };
    const workerHeapMb = options.workerHeapMb ?? OLD_GENERATION_MB;
    slots = Array.from({ length: jobs }, () => {
      const resourceLimits = { maxYoungGenerationSizeMb: Math.min(YOUNG_GENERATION_MB, workerHeapMb), maxOldGenerationSizeMb: workerHeapMb };
      const worker = new Worker(url, { workerData: settings, resourceLimits });
      const slot: Slot = { worker, load: 0 };
      worker.on('message', (answer: Answer) => receive(slot, answer));
      worker.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') lost(slot);
        else failure ??= err;
        notify();
      });
      worker.on('exit', (code) => {
        if (!stopping && !slot.lost) failure ??= new Error(`a worker thread stopped (exit code ${code})`);
        notify();
      });
      return slot;
    });
    live = [...slots];

    let seq = 0;
    let tasks: Task[] = [];
    let chars = 0;
    let heldTasks = 0;
    let heldChars = 0;
    const flush = () => {
      if (tasks.length === 0) return;
      const batch: InFlight = { size: tasks.length, chars };
      queue.push(batch);
      if (live.length === 0) answered(batch, runBatch(tasks, settings));
      else {
        let slot = live[0]!;
        for (const s of live) if (s.load < slot.load) slot = s;
        Object.assign(batch, { slot, tasks });
        byFirst.set(seq, batch);
        slot.load++;
        const { sent, buffers } = toSend(tasks);
        slot.worker.postMessage({ first: seq, tasks: sent } satisfies Batch, buffers);
        options.onBatch?.(tasks.length);
      }
      seq += tasks.length;
      heldTasks += tasks.length;
      heldChars += chars;
      tasks = [];
      chars = 0;
    };
    const maxTasks = jobs * BATCHES_PER_WORKER * BATCH_TASKS;
    const maxChars = jobs * BATCHES_PER_WORKER * BATCH_CHARS;
    const idleWorker = () => live.some((s) => s.load === 0);
    for (;;) {
      while (!exhausted && heldTasks + tasks.length < maxTasks && heldChars + chars < maxChars) {
        // A slow source (a pipe) must not hold back a part-filled batch while a worker waits.
        if (tasks.length > 0 && idleWorker()) flush();
        const r = await it.next();
        if (r.done) exhausted = true;
        else {
          tasks.push(r.value);
          chars += charsOf(r.value);
          if (tasks.length >= BATCH_TASKS || chars >= BATCH_CHARS) flush();
        }
      }
      flush();
      const head = queue[0];
      if (!head) return;
      while (!head.outcomes && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      queue.shift();
      heldTasks -= head.size;
      heldChars -= head.chars;
      yield* head.outcomes!;
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    if (!exhausted) await it.return?.();
  }
}
