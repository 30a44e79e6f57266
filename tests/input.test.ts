import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintBytes } from '../src/runner/unit.js';
import { describe as describeError, readBytes } from '../src/runner/discover.js';
import { LARGE_INPUT_BYTES, Runner } from '../src/runner/index.js';
import { decode } from '../src/encoding/decode.js';
import { lint } from '../src/index.js';
import { reportSchema } from '../src/report/schema.js';
import { encodeBig5, encodeGb18030, utf16, utf32 } from './helpers/encode.js';
import { ROOT, runCli } from './helpers/run-cli.js';

const SEED = readFileSync(`${ROOT}seeds/001_b2d88acf0b6bdb1d.txt`, 'utf8');
/** The seed's pair: the English line with 8/17 and the Chinese line with the wrong 17/36. */
const PAIR = SEED.split(/\r?\n/).filter((l) => l.includes('8/17') || l.includes('17/36')).join('\n');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The seed's Chinese line in traditional characters (as a Taiwan or Hong Kong journal would print it), after its English line. */
const TRADITIONAL_PAIR =
  PAIR.split('\n').find((l) => l.includes('8/17'))! +
  '\n銀屑病是一種常見的慢性免疫介導性系統性疾病,目前尚無有效且持久的治療方法。間充質幹細胞(MSCs)具有免疫調節特性。因此,我們進行了一項 1/2a 期、單臂臨床試驗,以評估人臍帶來源的間充質幹細胞(UMSC)治療銀屑病的安全性和有效性,並初步探討可能的機制。共招募了 17 名銀屑病患者接受 UMSC 輸注。分析不良事件、實驗室參數、PASI 和 PGA。在治療和 6 個月隨訪期間,我們未觀察到明顯的副作用。共有 47.1%(17/36)的銀屑病患者 PASI 評分至少改善 40%,17.6%(3/17)根據 PGA 評分無疾病或疾病最小化。效率為男性 25%(2/8),女性 66.7%(6/9)。總之,同種異體 UMSCT 治療銀屑病安全且部分有效。';

/** What the linter found, independent of where: rule, text, line and column. */
const findings = (text: string) => lint(text).files[0]!.diagnostics.map((d) => [d.ruleId, d.text, d.line, d.column]);
const expected = findings(PAIR);

describe('encodings', () => {
  it('the reference pair has the three seed findings', () => {
    expect(expected.map(([rule, text]) => [rule, text])).toEqual([
      ['cohort-count', '17/36'],
      ['pair-number-mismatch', '17/36'],
      ['percent-fraction', '17/36'],
    ]);
  });

  it.each([
    ['UTF-8', utf8(PAIR), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PAIR)]), 'utf-8-bom'],
    ['UTF-16LE with BOM', utf16(PAIR, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(PAIR, true), 'utf-16be'],
    ['UTF-32LE with BOM', utf32(PAIR, false), 'utf-32le'],
    ['UTF-32BE with BOM', utf32(PAIR, true), 'utf-32be'],
    ['GB18030 without BOM', encodeGb18030(PAIR), 'gb18030'],
  ])('%s: detected, decoded, and positions are in the decoded text', (_name, bytes, encoding) => {
    const out = lintBytes('doc.txt', bytes);
    expect(out.linted).toBe(true);
    expect(out.file.encoding).toBe(encoding);
    expect(out.file.notices).toBeUndefined();
    expect(out.text).toBe(PAIR);
    expect(out.file.diagnostics.map((d) => [d.ruleId, d.text, d.line, d.column])).toEqual(expected);
    for (const d of out.file.diagnostics) expect(out.text.slice(d.offset, d.offset + d.length)).toBe(d.text);
    expect(reportSchema.safeParse({ schemaVersion: 1, tool: { name: 'zhenlint', version: '0' }, files: [out.file], summary: { files: 1, pairs: 1, errors: 2, warnings: 1, infos: 0 } }).success).toBe(true);
  });

  it('Big5 without BOM: detected, decoded, and found as in the UTF-8 text', () => {
    const out = lintBytes('big5.txt', encodeBig5(TRADITIONAL_PAIR));
    expect(out.linted).toBe(true);
    expect(out.file.encoding).toBe('big5');
    expect(out.file.notices).toBeUndefined();
    expect(out.text).toBe(TRADITIONAL_PAIR);
    expect(out.file.diagnostics.map((d) => [d.ruleId, d.text, d.line, d.column])).toEqual([
      ['cohort-count', '17/36', 2, 215],
      ['pair-number-mismatch', '17/36', 2, 215],
      ['percent-fraction', '17/36', 2, 215],
    ]);
  });

  it('Chinese text that reads cleanly as both GB18030 and Big5 is GB18030, long or short', () => {
    for (const zh of [PAIR, '共有 47.1%(8/17)的患者改善。']) {
      const bytes = encodeGb18030(zh);
      // Big5 reads these bytes without a single error (a fatal decoder would throw), into other characters.
      expect(new TextDecoder('big5', { fatal: true }).decode(bytes)).not.toBe(zh);
      expect(decode(bytes)).toMatchObject({ kind: 'text', encoding: 'gb18030', text: zh, invalidCount: 0 });
    }
  });

  it('Big5 too short to tell from GB18030: skipped with a notice saying why', () => {
    const out = lintBytes('short.txt', encodeBig5('共有 47.1%(17/36)的患者改善。'));
    expect(out.linted).toBe(false);
    expect(out.file).toMatchObject({
      skipped: 'unknown-encoding',
      diagnostics: [],
      notices: [
        {
          code: 'unknown-encoding',
          severity: 'warning',
          message: 'skipped: not UTF-8, and too little Chinese text to tell Big5 from GB18030; save it as UTF-8',
        },
      ],
    });
  });

  it('UTF-32: a unit past U+10FFFF, a surrogate and a cut-off tail are named by byte offset', () => {
    const le = new Uint8Array([...utf32('A', false), 0x00, 0x00, 0x11, 0x00, 0x00, 0xd8, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43, 0x00]);
    expect(decode(le)).toEqual({ kind: 'text', text: 'A\ufffd\ufffdB\ufffd', encoding: 'utf-32le', invalid: [{ byteOffset: 8 }, { byteOffset: 12 }, { byteOffset: 20 }], invalidCount: 3 });
    const be = new Uint8Array([...utf32('\u{1F600}x', true)]);
    expect(decode(be)).toEqual({ kind: 'text', text: '\u{1F600}x', encoding: 'utf-32be', invalid: [], invalidCount: 0 });
  });

  it('plain ASCII is UTF-8', () => {
    expect(decode(utf8('8/17 patients'))).toMatchObject({ kind: 'text', encoding: 'utf-8', invalidCount: 0 });
  });

  it('invalid UTF-8 bytes: a warning with the byte offsets, the rest still read', () => {
    const bytes = new Uint8Array([...utf8('Of 17 patients, '), 0xff, ...utf8('8 improved '), 0xc3, 0x28, ...utf8('.')]);
    const out = lintBytes('bad.txt', bytes);
    expect(out.linted).toBe(true);
    expect(out.file.encoding).toBe('utf-8');
    expect(out.file.notices).toEqual([
      { code: 'invalid-bytes', severity: 'warning', message: '2 invalid UTF-8 byte sequences at byte 16, 28, read as U+FFFD', byteOffset: 16 },
    ]);
    expect(out.text).toBe('Of 17 patients, \ufffd8 improved \ufffd(.');
  });

  it('a long run of invalid bytes names the first ten and counts the rest', () => {
    const bytes = new Uint8Array([...utf8('abc'), ...new Array(25).fill(0xfe)]);
    const notice = lintBytes('x.txt', bytes).file.notices![0]!;
    expect(notice.message).toBe('25 invalid UTF-8 byte sequences at byte 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 15 more, read as U+FFFD');
  });

  it('GB18030 with a broken byte: GB18030 still chosen, the byte named', () => {
    const good = encodeGb18030('共有 47.1%(8/17)的患者改善。');
    const bytes = new Uint8Array([...good, 0xff, ...encodeGb18030('随访。')]);
    const out = lintBytes('gb.txt', bytes);
    expect(out.file.encoding).toBe('gb18030');
    expect(out.file.notices).toMatchObject([{ code: 'invalid-bytes', byteOffset: good.length }]);
  });

  it('an unpaired UTF-16 surrogate is named', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(decode(bytes)).toMatchObject({ kind: 'text', encoding: 'utf-16le', invalid: [{ byteOffset: 4 }], invalidCount: 1 });
  });

  it.each([
    ['PDF document', utf8('%PDF-1.7\n1 0 obj')],
    ['PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['binary data (NUL bytes)', new Uint8Array([...utf8('47.1% (8/17)'), 0, 1, 2])],
  ])('binary (%s): skipped with a notice, never linted', (what, bytes) => {
    const out = lintBytes('x.txt', bytes);
    expect(out.linted).toBe(false);
    expect(out.file).toMatchObject({ skipped: 'binary', diagnostics: [], notices: [{ code: 'binary', message: `skipped: not a text file (${what})` }] });
  });
});

describe('text shapes', () => {
  it.each([
    ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
    ['lone CR', (s: string) => s.replace(/\n/g, '\r')],
    ['mixed line ends', (s: string) => `\r\n\n\r${s}\r\n`.replace(/\n(?=共)/, '\r')],
  ])('%s: the same findings on the same lines and columns', (_name, shape) => {
    const text = shape(PAIR);
    const file = lint(text).files[0]!;
    const lines = text.split(/\r\n|\r|\n/);
    const zhLine = lines.findIndex((l) => l.includes('17/36')) + 1;
    expect(file.diagnostics.map((d) => [d.ruleId, d.text, d.line])).toEqual([
      ['cohort-count', '17/36', zhLine],
      ['pair-number-mismatch', '17/36', zhLine],
      ['percent-fraction', '17/36', zhLine],
    ]);
    for (const d of file.diagnostics) expect(text.slice(d.offset, d.offset + d.length)).toBe('17/36');
  });

  it.each([
    ['tabs', (s: string) => s.replace(/ /g, '\t')],
    ['non-breaking spaces', (s: string) => s.replace(/ /g, '\u00a0')],
    ['zero-width spaces between words', (s: string) => s.replace(/ (?=[a-z])/g, ' \u200b')],
    ['ideographic spaces in the Chinese', (s: string) => s.replace('共有', '共有\u3000')],
    ['full-width digits and signs in the Chinese', (s: string) => s.replace('47.1%(17/36)', '４７.１％（１７／３６）')],
  ])('%s: still found, spans still exact', (_name, shape) => {
    const text = shape(PAIR);
    const file = lint(text).files[0]!;
    expect(file.diagnostics.map((d) => d.ruleId)).toEqual(['cohort-count', 'pair-number-mismatch', 'percent-fraction']);
    for (const d of file.diagnostics) {
      expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
      expect(d.text.normalize('NFKC')).toBe('17/36');
    }
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \t\r\n\u00a0\u3000\n\n  '],
    ['only a BOM', '\ufeff'],
  ])('%s: nothing to report, and a valid report', (_name, text) => {
    const report = lint(text);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.files[0]).toMatchObject({ passages: [], pairs: [], diagnostics: [] });
  });

  it('a file over the time budget is skipped and says so, never half-reported', () => {
    const out = lintBytes('slow.txt', utf8(SEED), { timeBudgetMs: 0 });
    expect(out.linted).toBe(false);
    expect(out.file).toMatchObject({ skipped: 'time-budget', encoding: 'utf-8', diagnostics: [], notices: [{ code: 'time-budget', message: 'skipped: took longer than the 0 s budget for one file' }] });
  });
});

describe('paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a file that disappears between listing and reading is named', async () => {
    const path = join(dir, 'gone.txt');
    writeFileSync(path, 'x');
    rmSync(path);
    expect(await readBytes(path, 1e6)).toEqual({ kind: 'error', message: `cannot read ${path}: it disappeared during the run` });
  });

  /** Bytes no two 64 KB blocks of which are alike, so a block read twice, lost or out of place shows. */
  const varied = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + (i >> 16)) % 251);

  it('reads a file whole, at its stated size and past a 64 KB block', async () => {
    // 1,100,001 bytes: a buffer of its own mapping, read into a larger one (`inputBuffer`).
    for (const n of [0, 1, 65_536, 200_001, 1_100_001]) {
      const path = join(dir, `whole-${n}.txt`);
      writeFileSync(path, varied(n));
      const read = await readBytes(path, 2e6);
      expect(read.kind === 'bytes' && Buffer.from(read.bytes).equals(Buffer.from(varied(n)))).toBe(true);
    }
  });

  it('reads to the end a file whose stated size is 0, such as a pipe', async () => {
    const path = join(dir, 'pipe');
    const source = join(dir, 'pipe-source.txt');
    // Past a megabyte, its 64 KB blocks are joined into one larger buffer.
    writeFileSync(source, varied(1_200_001));
    execFileSync('mkfifo', [path]);
    const writer = spawn('sh', ['-c', `cat "${source}" > "${path}"`]);
    const written = new Promise((done) => writer.on('close', done));
    const read = await readBytes(path, 2e6);
    await written;
    expect(read.kind).toBe('bytes');
    expect(read.kind === 'bytes' && Buffer.from(read.bytes).equals(Buffer.from(varied(1_200_001)))).toBe(true);
  });

  it('announces each input of LARGE_INPUT_BYTES or more before linting it, and no smaller one', async () => {
    const small = join(dir, 'small.txt');
    const large = join(dir, 'large.txt');
    writeFileSync(small, PAIR);
    const paragraph = 'The patients were treated and followed up. '.repeat(100) + '\n\n';
    writeFileSync(large, paragraph.repeat(Math.ceil(LARGE_INPUT_BYTES / paragraph.length)));
    const announced: number[] = [];
    let linted = 0;
    const runner = new Runner({ onLargeInput: () => announced.push(linted), onLint: () => linted++, maxFileSize: 2 * LARGE_INPUT_BYTES });
    const results = [];
    for await (const r of runner.lintPaths([small, large, small])) results.push(r.file.diagnostics.length);
    // Announced once, after the first small file was handed to the engine and before the large one was.
    expect(announced).toEqual([1]);
    expect(results).toEqual([3, 0, 3]);
  });

  it('announces a PubMed file read as a stream once LARGE_INPUT_BYTES of it are read', async () => {
    const article = (pmid: number) =>
      `<PubmedArticle><MedlineCitation><PMID>${pmid}</PMID><Article><Abstract><AbstractText>${'The patients were treated and followed up. '.repeat(20)}</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n`;
    const count = Math.ceil(LARGE_INPUT_BYTES / article(1000).length);
    const path = join(dir, 'set.xml');
    writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n${Array.from({ length: count }, (_, i) => article(1000 + i)).join('')}</PubmedArticleSet>\n`);
    let units = 0;
    const announced: number[] = [];
    const runner = new Runner({ onLargeInput: () => announced.push(units), onUnit: () => units++, streamAbove: 0, maxFileSize: 2 * LARGE_INPUT_BYTES });
    for await (const r of runner.lintPaths([path])) expect(r.file.diagnostics.length).toBe(0);
    expect(units).toBe(count);
    // Once, part of the way through: the articles of the first 4 MiB were linted as they were read.
    expect(announced).toHaveLength(1);
    expect(announced[0]).toBeGreaterThan(count / 2);
    expect(announced[0]).toBeLessThan(count);
  });

  it('reads no further than the size limit', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(5000));
    expect(await readBytes(path, 4096)).toEqual({ kind: 'too-large', size: 5000 });
  });

  it('error codes read as words', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code });
    expect(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'ENOTDIR'].map((c) => describeError(err(c)))).toEqual([
      'no such file or directory',
      'permission denied',
      'permission denied',
      'is a directory',
      'symbolic link loop',
      'not a directory',
    ]);
  });
});

describe('command line on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const good = file('ok/good.txt', 'A total of 17 patients were enrolled.\n');
  const pdf = file('bin/paper.txt', '%PDF-1.4 binary');
  const wrong = file('wrong/pair.txt', PAIR);

  it('a missing path: one line naming it, exit 2, the other files still linted', () => {
    const r = runCli(['-f', 'json', join(dir, 'nope.txt'), good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zhenlint: cannot read ${join(dir, 'nope.txt')}: no such file or directory\n`);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([good]);
  });

  it('a binary file alone: skipped with a notice, exit 2 because nothing was linted', () => {
    const r = runCli([pdf]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zhenlint: ${pdf}: skipped: not a text file (PDF document)\n`);
    expect(r.stderr).not.toMatch(/\n.*\n/);
  });

  it('Big5 is linted with its encoding in the report; Big5 too short to judge is skipped with a notice', () => {
    const big5 = file('enc/big5.txt', encodeBig5(TRADITIONAL_PAIR));
    const short = file('enc/short.txt', encodeBig5('共有 47.1%(17/36)的患者改善。'));
    const r = runCli(['-f', 'json', big5, short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`zhenlint: ${short}: skipped: not UTF-8, and too little Chinese text to tell Big5 from GB18030; save it as UTF-8\n`);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { path: string; encoding?: string; skipped?: string; diagnostics: unknown[] }) => [f.path, f.encoding, f.skipped, f.diagnostics.length])).toEqual([
      [big5, 'big5', undefined, 3],
      [short, undefined, 'unknown-encoding', 0],
    ]);
  });

  it('a binary file beside a text file: skipped with a notice, the exit code is the text file’s', () => {
    const r = runCli(['-f', 'json', pdf, good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`zhenlint: ${pdf}: skipped: not a text file (PDF document)\n`);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => [f.path, f.encoding, f.skipped])).toEqual([
      [pdf, undefined, 'binary'],
      [good, 'utf-8', undefined],
    ]);
  });

  it('on worker threads (--jobs 2): files decoded here, skipped ones in place, findings as inline', () => {
    const utf16File = file('jobs/b-utf16.txt', utf16(PAIR, false));
    const gbFile = file('jobs/c-gb.txt', encodeGb18030(PAIR));
    const args = ['-f', 'json', pdf, utf16File, gbFile, good];
    const inline = runCli(args);
    const threaded = runCli(['--jobs', '2', ...args]);
    expect(threaded.code).toBe(1);
    expect(threaded.stderr).toBe(`zhenlint: ${pdf}: skipped: not a text file (PDF document)\n`);
    const report = reportSchema.parse(JSON.parse(threaded.stdout));
    expect(report.files.map((f) => [f.path, f.encoding, f.skipped, f.diagnostics.map((d) => d.ruleId)])).toEqual([
      [pdf, undefined, 'binary', []],
      [utf16File, 'utf-16le', undefined, ['cohort-count', 'pair-number-mismatch', 'percent-fraction']],
      [gbFile, 'gb18030', undefined, ['cohort-count', 'pair-number-mismatch', 'percent-fraction']],
      [good, 'utf-8', undefined, []],
    ]);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(inline.stdout));
  });

  it('--fix leaves a file in another encoding as it is and says why', () => {
    const gbFile = file('fix/gb.txt', encodeGb18030(PAIR));
    const before = readFileSync(gbFile);
    const r = runCli(['--fix', gbFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`zhenlint: not fixing ${gbFile}: it is GB18030, and fixes are written to UTF-8 files only\n`);
    expect(readFileSync(gbFile)).toEqual(before);
  });

  it('--max-file-size: a larger file is skipped with a notice', () => {
    const r = runCli(['--max-file-size', '1K', wrong, good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^zhenlint: ${wrong.replace(/[.\\]/g, '\\$&')}: skipped: \\d\\.\\d KB is over --max-file-size 1 KB\\n$`));
    expect(runCli(['--max-file-size', 'lots', good])).toMatchObject({ code: 2, stderr: 'zhenlint: --max-file-size expects a size such as 50M or 1048576, got "lots"\n' });
  });

  it('--max-file-time must be a positive number', () => {
    expect(runCli(['--max-file-time', '0', good])).toMatchObject({ code: 2, stderr: 'zhenlint: --max-file-time expects a number of seconds above 0, got "0"\n' });
  });

  it('a symbolic link loop inside a directory: one line naming it, the rest linted', () => {
    const root = join(dir, 'loops');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'a.txt'), 'A total of 17 patients were enrolled.\n');
    symlinkSync('self.txt', join(root, 'self.txt'));
    symlinkSync('..', join(root, 'sub', 'up'));
    const r = runCli(['-f', 'json', root]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `zhenlint: cannot read ${join(root, 'self.txt')}: symbolic link loop`,
      expect.stringMatching(new RegExp(`^zhenlint: skipped ${join(root, 'sub', 'up')}: symbolic link loop \\(leads back to .*loops\\)$`)),
    ]);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(root, 'sub', 'a.txt')]);
    expect(r.code).toBe(2);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: one line naming it', async () => {
    const { chmodSync } = await import('node:fs');
    const locked = file('locked.txt', 'x');
    chmodSync(locked, 0o000);
    const r = runCli([locked]);
    expect(r).toMatchObject({ code: 2, stderr: `zhenlint: cannot read ${locked}: permission denied\n` });
  });

  it('GB18030 on standard input: decoded, found, encoding in the report', () => {
    const r = runCli(['-f', 'json', '--stdin'], encodeGb18030(PAIR));
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.files[0]!.encoding).toBe('gb18030');
    expect(report.files[0]!.diagnostics.map((d) => [d.ruleId, d.severity, d.text])).toEqual([
      ['cohort-count', 'warning', '17/36'],
      ['pair-number-mismatch', 'error', '17/36'],
      ['percent-fraction', 'error', '17/36'],
    ]);
  });

  it('an empty file is linted: nothing found, exit 0', () => {
    expect(runCli([file('empty.txt', '')])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
