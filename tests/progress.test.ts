import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress, progressWanted } from '../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe('the progress bar', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('shows only on a terminal, outside CI, unless --no-progress', () => {
    vi.stubEnv('CI', '');
    expect(progressWanted(true, fakeStream(true).stream)).toBe(true);
    expect(progressWanted(false, fakeStream(true).stream)).toBe(false);
    expect(progressWanted(true, fakeStream(false).stream)).toBe(false);
    vi.stubEnv('CI', 'true');
    expect(progressWanted(true, fakeStream(true).stream)).toBe(false);
  });

  it('stays silent for the first second, then shows records, rate, share and time left', () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(true);
    let share = 0;
    const bar = new Progress(stream, () => share);
    for (let i = 0; i < 500; i++) bar.tick();
    expect(writes).toEqual([]);
    vi.setSystemTime(2000);
    share = 0.25;
    for (let i = 0; i < 500; i++) bar.tick();
    expect(writes).toEqual(['\r[#####---------------] 25%  501 records  251/s  ETA 0:06\x1b[K']);
    bar.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('counts the articles of a streamed file when asked to', () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(true);
    const bar = new Progress(stream, undefined, 'articles');
    vi.setSystemTime(2000);
    for (let i = 0; i < 3; i++) bar.tick();
    expect(writes).toEqual(['\r1 articles  1/s\x1b[K']);
  });
});
