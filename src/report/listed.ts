import type { FileReport, JsonDiagnostic, Notice, UnitReport } from './schema.js';

/** A list read in order: an array, or a list packed as text (PackedList). */
export type Listed<T> = Iterable<T> & { readonly length: number };

type Lists = 'units' | 'notices' | 'passages' | 'pairs' | 'diagnostics';

/**
 * A file's report whose lists may be packed: what the Runner gives for a file streamed
 * article by article, so that a report of many thousand articles is kept as compact text
 * and written out item by item. A FileReport is one.
 */
export type ListedFileReport = Omit<FileReport, Lists> & {
  units?: Listed<UnitReport>;
  notices?: Listed<Notice>;
  passages: Listed<FileReport['passages'][number]>;
  pairs: Listed<FileReport['pairs'][number]>;
  diagnostics: Listed<JsonDiagnostic>;
};

/** How many items a chunk of a PackedList holds before they are joined into one buffer. */
const CHUNK_ITEMS = 256;

/**
 * Items kept as their compact JSON in UTF-8, a few hundred to a buffer: a small fraction of
 * the memory the objects take, outside the garbage-collected heap. Each item is read back
 * (parsed) only when the list is read; `transform` is applied as it is.
 */
export class PackedList<T> implements Listed<T> {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private count = 0;

  constructor(private readonly transform?: (item: T) => T) {}

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    // JSON.stringify writes a line end inside a string as `\n`: a raw one separates items.
    this.pending.push(JSON.stringify(item));
    this.count++;
    if (this.pending.length >= CHUNK_ITEMS) this.seal();
  }

  /** The same items, read through `transform`. */
  withTransform(transform: (item: T) => T): PackedList<T> {
    const other = new PackedList<T>(transform);
    this.seal();
    for (const chunk of this.chunks) other.chunks.push(chunk);
    other.count = this.count;
    return other;
  }

  /** Pack the items pushed since the last chunk (a list that is complete keeps nothing on the heap). */
  seal(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending.join('\n'), 'utf8'));
    this.pending = [];
  }

  /** Each item's compact JSON, as `JSON.stringify` writes it. */
  *json(): Generator<string> {
    this.seal();
    for (const chunk of this.chunks) {
      for (const line of chunk.toString('utf8').split('\n')) yield this.transform ? JSON.stringify(this.transform(JSON.parse(line) as T)) : line;
    }
  }

  *[Symbol.iterator](): Iterator<T> {
    this.seal();
    for (const chunk of this.chunks) {
      for (const line of chunk.toString('utf8').split('\n')) {
        const item = JSON.parse(line) as T;
        yield this.transform ? this.transform(item) : item;
      }
    }
  }

  /** `JSON.stringify` of the list is that of its items in an array. */
  toJSON(): T[] {
    return Array.from(this);
  }
}

/** Two lists read one after the other. */
export function concatListed<T>(first: Listed<T>, second: Listed<T>): Listed<T> {
  return {
    length: first.length + second.length,
    *[Symbol.iterator]() {
      yield* first;
      yield* second;
    },
  };
}

/** A list that is not an array: a packed list, or one made of others (concatListed). */
export function isListed(value: unknown): value is Listed<unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Symbol.iterator in value;
}

/** The report with every list an array, as the library and the formats that need the whole report take it. */
export function materialize(file: ListedFileReport): FileReport {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file) as [string, unknown][]) out[key] = isListed(value) ? Array.from(value) : value;
  return out as FileReport;
}
