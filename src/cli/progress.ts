/** Redraw at most this often, and only once the run has lasted this long: short runs print nothing. */
const REDRAW_MS = 100;
const SHOW_AFTER_MS = 1000;
const WIDTH = 20;

export function progressWanted(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): boolean {
  const ci = process.env.CI;
  return enabled && stream.isTTY === true && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Records done, rate and, when the share done is known, a bar and the time left; on one stderr line. */
export class Progress {
  private done = 0;
  private readonly start = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** The share of the input read so far, 0 to 1, when it can be known. */
    private readonly fraction: () => number | undefined = () => undefined,
    /** What is counted: records, or the articles of a streamed file. */
    private readonly unit = 'records',
  ) {}

  tick(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (now - this.start < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const seconds = (now - this.start) / 1000;
    const rate = this.done / seconds;
    let line = `${this.done.toLocaleString('en-US')} ${this.unit}  ${Math.round(rate).toLocaleString('en-US')}/s`;
    const f = this.fraction();
    if (f !== undefined && f > 0) {
      const share = Math.min(1, f);
      const filled = Math.round(share * WIDTH);
      line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%  ${line}  ETA ${clock((seconds / share) * (1 - share))}`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Wipe the bar so the next stderr line starts clean. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
