import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  HoverRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { TestClient } from './client.js';

const SEED = `${ROOT}seeds/001_b2d88acf0b6bdb1d.txt`;
const TEXT = readFileSync(SEED, 'utf8');
const URI = pathToFileURL(SEED).href;

/** Positions counted here by hand (the seed has only LF line ends), not by the server's own conversion. */
function rangeOfText(text: string, needle: string, within = needle): Range {
  const offset = text.indexOf(within) + within.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line]!.length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

function textAt(text: string, range: Range): string {
  expect(range.start.line).toBe(range.end.line);
  return text.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
}

function applyOnLine(text: string, range: Range, newText: string): string {
  const lines = text.split('\n');
  const line = lines[range.start.line]!;
  lines[range.start.line] = line.slice(0, range.start.character) + newText + line.slice(range.end.character);
  return lines.join('\n');
}

/** Apply LSP edits made against `text` (LF line ends only), as an editor applies one workspace edit: every range in the old text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Range['start']) => starts[p.line]! + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

let clients: TestClient[] = [];
function client(args?: string[]): TestClient {
  const c = new TestClient(args);
  clients.push(c);
  return c;
}
let dirs: string[] = [];
/** A fresh folder holding only the given files (written as JSON when not a string). */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-lsp-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
afterEach(() => {
  for (const c of clients) c.dispose();
  clients = [];
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const MISMATCH_RANGE: Range = { start: { line: 4, character: 214 }, end: { line: 4, character: 219 } };
/** The end of the seed's Chinese line, where a disable-line comment goes. */
const LINE_4_END = { line: 4, character: TEXT.split('\n')[4]!.length };
const disableLine = (ruleId: string) => ({ range: { start: LINE_4_END, end: LINE_4_END }, newText: ` <!-- zhenlint-disable-line ${ruleId} -->` });
const DISABLE_TITLES = ['Disable cohort-count for this line', 'Disable pair-number-mismatch for this line', 'Disable percent-fraction for this line'];

/** Rule, LSP severity and range of each published diagnostic. */
const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.severity, d.range]);

/** Replace a document's whole text (the text need not differ: a new version is linted again). */
function retype(c: TestClient, uri: string, version: number, text = TEXT): Promise<void> {
  return c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

describe('zhenlint --lsp', () => {
  it('001: diagnoses 17/36 on open, offers 8/17 as a quick fix, and goes quiet once it is applied', async () => {
    const c = client();
    const init = await c.initialize({ debounceMs: 50 });
    expect(init.capabilities).toEqual({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.zhenlint'] },
      hoverProvider: true,
    });
    expect(init.serverInfo).toEqual({ name: 'zhenlint', version: expect.any(String) });

    const sent = performance.now();
    await c.open(URI, 'plaintext', TEXT);
    const opened = await c.next();
    const latency = performance.now() - sent;
    expect(latency).toBeLessThan(5_000);

    expect(MISMATCH_RANGE).toEqual(rangeOfText(TEXT, '17/36'));
    expect(textAt(TEXT, MISMATCH_RANGE)).toBe('17/36');
    expect(opened.uri).toBe(URI);
    expect(opened.version).toBe(1);
    expect(opened.diagnostics).toEqual([
      {
        range: MISMATCH_RANGE,
        severity: 2,
        code: 'cohort-count',
        source: 'zhenlint',
        message: '17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.',
        relatedInformation: [{ location: { uri: URI, range: rangeOfText(TEXT, '17 名') }, message: 'The cohort of 17.' }],
      },
      {
        range: MISMATCH_RANGE,
        severity: 1,
        code: 'pair-number-mismatch',
        source: 'zhenlint',
        message: expect.stringContaining('the Chinese is likely wrong'),
        relatedInformation: [{ location: { uri: URI, range: rangeOfText(TEXT, '8/17') }, message: expect.stringContaining('8/17') }],
      },
      {
        range: MISMATCH_RANGE,
        severity: 1,
        code: 'percent-fraction',
        source: 'zhenlint',
        message: expect.any(String),
        relatedInformation: [
          { location: { uri: URI, range: rangeOfText(TEXT, '47.1%', '47.1%(17/36)') }, message: expect.stringContaining('17/36') },
        ],
      },
    ]);

    const actions = (await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: MISMATCH_RANGE,
      context: { diagnostics: opened.diagnostics },
    })) as CodeAction[];
    const edit = { range: MISMATCH_RANGE, newText: '8/17' };
    expect(actions).toEqual([
      {
        title: 'Replace with "8/17" (zhenlint: pair-number-mismatch)',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [opened.diagnostics[1]],
        edit: { documentChanges: [{ textDocument: { uri: URI, version: 1 }, edits: [edit] }] },
      },
      ...(['cohort-count', 'pair-number-mismatch', 'percent-fraction'] as const).map((rule, i) => ({
        title: DISABLE_TITLES[i],
        kind: 'quickfix',
        diagnostics: [opened.diagnostics[i]],
        edit: { documentChanges: [{ textDocument: { uri: URI, version: 1 }, edits: [disableLine(rule)] }] },
      })),
    ]);

    const fixed = applyOnLine(TEXT, edit.range, edit.newText);
    expect(fixed).toBe(TEXT.replace('47.1%(17/36)', '47.1%(8/17)'));
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: edit.range, text: edit.newText }],
    });
    expect(await c.next()).toEqual({ uri: URI, version: 2, diagnostics: [] });
    expect(c.all).toHaveLength(2);
  });

  it('counts positions in UTF-16 code units, with CRLF as one line end', async () => {
    const c = client();
    await c.initialize();
    const lines = TEXT.split('\n');
    lines[4] = '\u{1F600}' + lines[4]; // one character, two UTF-16 code units
    const text = '\u{1F4C4} draft\r\n' + lines.join('\r\n');
    const uri = 'untitled:crlf.txt';
    await c.open(uri, 'plaintext', text);
    const { diagnostics } = await c.next();
    const range = { start: { line: 5, character: 216 }, end: { line: 5, character: 221 } };
    expect(text.split('\r\n')[5]!.slice(216, 221)).toBe('17/36');
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['cohort-count', range],
      ['pair-number-mismatch', range],
      ['percent-fraction', range],
    ]);
    const [action] = (await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics },
    })) as CodeAction[];
    expect(action!.edit!.documentChanges).toEqual([{ textDocument: { uri, version: 1 }, edits: [{ range, newText: '8/17' }] }]);
  });

  it('lints a burst of keystrokes once, after the pause', async () => {
    const c = client();
    await c.initialize({ debounceMs: 150 });
    const fixed = TEXT.replace('47.1%(17/36)', '47.1%(8/17)');
    const uri = 'untitled:abstract.md';
    await c.open(uri, 'markdown', fixed);
    expect(await c.next()).toEqual({ uri, version: 1, diagnostics: [] });

    // Type 17/36 over 8/17, one character at a time, as fast as the pipe takes it.
    let at = rangeOfText(fixed, '8/17', '47.1%(8/17)');
    const changes = [{ range: at, text: '' }];
    for (const ch of '17/36') {
      changes.push({ range: { start: at.start, end: at.start }, text: ch });
      at = { start: { line: at.start.line, character: at.start.character + 1 }, end: at.end };
    }
    let sent = 0;
    for (const [i, change] of changes.entries()) {
      await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
      sent = performance.now();
    }
    const after = await c.next();
    expect(performance.now() - sent).toBeGreaterThanOrEqual(145);
    expect(after.version).toBe(changes.length + 1);
    expect(after.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['cohort-count', MISMATCH_RANGE],
      ['pair-number-mismatch', MISMATCH_RANGE],
      ['percent-fraction', MISMATCH_RANGE],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(c.all.map((p) => p.version)).toEqual([1, changes.length + 1]);
  });

  it('answers a code action on the text as typed, without waiting for the pause', async () => {
    const c = client();
    await c.initialize({ debounceMs: 60_000 });
    const fixed = TEXT.replace('47.1%(17/36)', '47.1%(8/17)');
    await c.open(URI, 'plaintext', fixed);
    expect((await c.next()).diagnostics).toEqual([]);
    const typed = rangeOfText(fixed, '8/17', '47.1%(8/17)');
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: typed, text: '17/36' }],
    });
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: MISMATCH_RANGE,
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.filter((a) => a.isPreferred).map((a) => a.edit!.documentChanges)).toEqual([
      [{ textDocument: { uri: URI, version: 2 }, edits: [{ range: MISMATCH_RANGE, newText: '8/17' }] }],
    ]);
    // Linting for the action also refreshes the editor's squiggles for that version.
    const refreshed = await c.next();
    expect([refreshed.version, refreshed.diagnostics.map((d) => d.code)]).toEqual([2, ['cohort-count', 'pair-number-mismatch', 'percent-fraction']]);
  });

  it('lints plaintext, text and markdown documents and leaves other languages alone', async () => {
    const c = client();
    await c.initialize();
    // Opening is linted at once and in order, so a diagnostic for the JavaScript file would arrive first.
    await c.open('file:///tmp/code.js', 'javascript', TEXT);
    await c.open('file:///tmp/a.txt', 'plaintext', TEXT);
    await c.open('file:///tmp/b.txt', 'text', TEXT);
    await c.open('file:///tmp/c.md', 'markdown', TEXT);
    const got: Array<[string, unknown[]]> = [];
    for (let i = 0; i < 3; i++) {
      const p = await c.next();
      got.push([p.uri, p.diagnostics.map((d: Diagnostic) => d.code)]);
    }
    const codes = ['cohort-count', 'pair-number-mismatch', 'percent-fraction'];
    expect(got).toEqual([
      ['file:///tmp/a.txt', codes],
      ['file:///tmp/b.txt', codes],
      ['file:///tmp/c.md', codes],
    ]);
  });

  it('says where English and Chinese passages could not be paired, at the start of the first one', async () => {
    const c = client();
    await c.initialize();
    const text = 'Of 40 patients, 25 responded after 6 weeks and 3 relapsed.\n\n88例患者中，51例在9个月后缓解，7例复发。';
    await c.open('file:///tmp/unpaired.txt', 'plaintext', text);
    expect((await c.next()).diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'unpaired-passages',
        source: 'zhenlint',
        message:
          'English passage p1 (line 1) and Chinese passage p2 (line 3) could not be paired as translations: their numbers were checked within each passage, not across the two languages',
      },
    ]);
  });

  it('clears a closed document and offers no action where nothing can be fixed', async () => {
    const c = client();
    await c.initialize(undefined, false);
    await c.open(URI, 'plaintext', TEXT);
    const opened = await c.next();
    const request = (range: Range, only?: string[]) =>
      c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });

    expect(await request({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } })).toEqual([]);
    // Asked for source actions only, there are no quick fixes: the whole-file fix, as plain changes for this client.
    expect(await request(MISMATCH_RANGE, ['source.fixAll'])).toEqual([
      { title: 'Fix all zhenlint problems', kind: 'source.fixAll.zhenlint', edit: { changes: { [URI]: [{ range: MISMATCH_RANGE, newText: '8/17' }] } } },
    ]);
    // A cursor just after the number still asks about it; a client without versioned edits gets plain changes.
    const cursor = { start: MISMATCH_RANGE.end, end: MISMATCH_RANGE.end };
    const quick = (await request(cursor, ['quickfix'])) as CodeAction[];
    expect(quick[0]).toEqual(
      expect.objectContaining({ diagnostics: [opened.diagnostics[1]], edit: { changes: { [URI]: [{ range: MISMATCH_RANGE, newText: '8/17' }] } } }),
    );
    expect(quick.slice(1).map((a) => [a.title, a.edit])).toEqual(
      (['cohort-count', 'pair-number-mismatch', 'percent-fraction'] as const).map((rule, i) => [DISABLE_TITLES[i], { changes: { [URI]: [disableLine(rule)] } }]),
    );

    await c.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI } });
    expect(await c.next()).toEqual({ uri: URI, diagnostics: [] });
  });

  it('exits 0 after shutdown and exit', async () => {
    const c = client();
    await c.initialize();
    expect(await c.connection.sendRequest(ShutdownRequest.type)).toBeNull();
    await c.connection.sendNotification(ExitNotification.type);
    expect(await c.exitCode()).toBe(0);
    expect(c.stderr).toBe('');
  });

  it('exits when its input closes, with 1 as the protocol asks when there was no shutdown', async () => {
    const c = client(['--lsp']);
    await c.initialize();
    c.child.stdin.end();
    expect(await c.exitCode()).toBe(1);
  });

  it('refuses files and a stray --stdio with a one-line usage error', () => {
    const withFile = runCli(['--lsp', '--stdio', 'seeds/']);
    expect([withFile.code, withFile.stdout, withFile.stderr]).toEqual([2, '', 'zhenlint: --lsp takes no files: the editor sends the documents\n']);
    const stray = runCli(['--stdio', 'seeds/']);
    expect([stray.code, stray.stdout, stray.stderr]).toEqual([2, '', 'zhenlint: --stdio and --clientProcessId are only for --lsp\n']);
  });
});

describe('zhenlint --lsp with a config file', () => {
  it('turns rules off, overrides severities and ignores paths as the nearest config says', async () => {
    const dir = folder({
      'zhenlint.config.json': { rules: { 'pair-number-mismatch': 'off', 'percent-fraction': 'warning' }, ignorePatterns: ['drafts/'] },
      'drafts/.keep': '',
      'nested/.zhenlintrc.json': { rules: { 'percent-fraction': 'info' } },
    });
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = pathToFileURL(join(dir, 'abstract.txt')).href;
    const draft = pathToFileURL(join(dir, 'drafts', 'abstract.txt')).href;
    const nested = pathToFileURL(join(dir, 'nested', 'abstract.md')).href;
    await c.open(uri, 'plaintext', TEXT);
    await c.open(draft, 'plaintext', TEXT);
    await c.open(nested, 'markdown', TEXT);
    expect(await c.next()).toEqual({
      uri,
      version: 1,
      diagnostics: [
        expect.objectContaining({ code: 'cohort-count', severity: 2, range: MISMATCH_RANGE }),
        expect.objectContaining({ code: 'percent-fraction', severity: 2, range: MISMATCH_RANGE }),
      ],
    });
    expect(await c.next()).toEqual({ uri: draft, version: 1, diagnostics: [] });
    // The nearest config wins and is not merged with the one above: the mismatch is back at its own severity.
    const inNested = await c.next();
    expect([inNested.uri, brief(inNested.diagnostics)]).toEqual([
      nested,
      [
        ['cohort-count', 2, MISMATCH_RANGE],
        ['pair-number-mismatch', 1, MISMATCH_RANGE],
        ['percent-fraction', 3, MISMATCH_RANGE],
      ],
    ]);
    // The quick fix belongs to pair-number-mismatch, which is off here: only the rules still reported can be disabled.
    const titles = async (target: string) =>
      ((await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: target }, range: MISMATCH_RANGE, context: { diagnostics: [] } })) as CodeAction[]).map((a) => a.title);
    expect(await titles(uri)).toEqual(['Disable cohort-count for this line', 'Disable percent-fraction for this line']);
    // An ignored document has no findings, so no actions either.
    expect(await titles(draft)).toEqual([]);
    expect(c.messages).toEqual([]);
  });

  it('reads the config again on the next lint after it changes on disk, rule options included', async () => {
    const dir = folder({ 'zhenlint.config.json': { rules: { 'pair-number-mismatch': 'off' }, ignorePatterns: ['*.txt'] } });
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = pathToFileURL(join(dir, 'abstract.txt')).href;
    await c.open(uri, 'plaintext', TEXT);
    expect(await c.next()).toEqual({ uri, version: 1, diagnostics: [] });

    writeFileSync(join(dir, 'zhenlint.config.json'), JSON.stringify({ rules: { 'pair-number-mismatch': 'info', 'percent-fraction': ['error', { tolerance: 0.1 }] } }));
    await retype(c, uri, 2);
    // 17/36 = 47.22% is 0.07 points beyond what 47.1% rounds from, within the tolerance of 0.1.
    const after = await c.next();
    expect([after.version, brief(after.diagnostics)]).toEqual([
      2,
      [
        ['cohort-count', 2, MISMATCH_RANGE],
        ['pair-number-mismatch', 3, MISMATCH_RANGE],
      ],
    ]);
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: MISMATCH_RANGE, context: { diagnostics: [] } })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      'Replace with "8/17" (zhenlint: pair-number-mismatch)',
      'Disable cohort-count for this line',
      'Disable pair-number-mismatch for this line',
    ]);

    rmSync(join(dir, 'zhenlint.config.json'));
    await retype(c, uri, 3);
    const defaults = await c.next();
    expect([defaults.version, brief(defaults.diagnostics)]).toEqual([
      3,
      [
        ['cohort-count', 2, MISMATCH_RANGE],
        ['pair-number-mismatch', 1, MISMATCH_RANGE],
        ['percent-fraction', 1, MISMATCH_RANGE],
      ],
    ]);
  });

  it('shows an invalid config once, lints with the defaults and keeps serving', async () => {
    const dir = folder({ 'zhenlint.config.json': { rules: { 'percent-fraction': 'warn' } } });
    const config = join(dir, 'zhenlint.config.json');
    const c = client();
    // A client may refuse window/showMessageRequest; the server must survive the error answer.
    c.answerMessages = false;
    await c.initialize({ debounceMs: 0 });
    const a = pathToFileURL(join(dir, 'a.txt')).href;
    const b = pathToFileURL(join(dir, 'b.txt')).href;
    const defaults = [
      ['cohort-count', 2, MISMATCH_RANGE],
      ['pair-number-mismatch', 1, MISMATCH_RANGE],
      ['percent-fraction', 1, MISMATCH_RANGE],
    ];
    await c.open(a, 'plaintext', TEXT);
    await c.open(b, 'plaintext', TEXT);
    for (const uri of [a, b]) {
      const p = await c.next();
      expect([p.uri, brief(p.diagnostics)]).toEqual([uri, defaults]);
    }
    await retype(c, a, 2);
    expect(brief((await c.next()).diagnostics)).toEqual(defaults);
    const shown = relative(process.cwd(), config);
    expect(c.messages).toEqual([
      {
        type: 1,
        message: `zhenlint: invalid config ${shown}: rules.percent-fraction: expected "off" | "info" | "warning" | "error", got "warn"; linting with the default rules`,
        actions: [],
      },
    ]);

    // A different fault is a new message; once the file is valid it is obeyed again.
    writeFileSync(config, '{ "rules": { "percent-fraction": "off" ');
    await retype(c, a, 3);
    expect(brief((await c.next()).diagnostics)).toEqual(defaults);
    expect(c.messages).toHaveLength(2);
    expect(c.messages[1]!.message).toMatch(new RegExp(`^zhenlint: invalid config ${shown.replace(/[.\\]/g, '\\$&')}: line 1, column \\d+: .*\\(not valid JSON\\); linting with the default rules$`));
    writeFileSync(config, '{ "rules": { "percent-fraction": "off" } }');
    await retype(c, a, 4);
    expect(brief((await c.next()).diagnostics)).toEqual([
      ['cohort-count', 2, MISMATCH_RANGE],
      ['pair-number-mismatch', 1, MISMATCH_RANGE],
    ]);

    expect(await c.connection.sendRequest(ShutdownRequest.type)).toBeNull();
    await c.connection.sendNotification(ExitNotification.type);
    expect(await c.exitCode()).toBe(0);
    expect(c.stderr).toBe('');
  });
});

describe('zhenlint --lsp code actions', () => {
  /** The 001 seed with a second wrong fraction in the Chinese, 3/71 for 3/17: two fixes in one line. */
  const TWO = TEXT.replace('17.6%(3/17)', '17.6%(3/71)');
  const codeActions = (c: TestClient, uri: string, range: Range, only?: string[]) =>
    c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;

  it('shows on hover a number\'s counterpart in the other version and the checks that read it', async () => {
    const c = client();
    await c.initialize({ debounceMs: 0 });
    await c.open(URI, 'plaintext', TEXT);
    await c.next();
    const hover = (range: Range) => c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: range.start });
    // The middle of the Chinese 17/36, as a mouse would rest on it.
    const inside = { ...MISMATCH_RANGE, start: { ...MISMATCH_RANGE.start, character: MISMATCH_RANGE.start.character + 2 } };
    expect(await hover(inside)).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '**`17/36`** (Chinese): the English version states `8/17` in its place.',
          '',
          '- `17/36 = 47.22% → 47.2%, not 47.1% ✘` (percent-fraction)',
          '- `17/36: 36 is neither the cohort of 17 nor a stated group ✘` (cohort-count)',
        ].join('\n'),
      },
      range: MISMATCH_RANGE,
    });
    const en = rangeOfText(TEXT, '8/17');
    expect(await hover(en)).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '**`8/17`** (English): the Chinese version states `17/36` in its place.',
          '',
          '- `8/17 = 47.06% → 47.1% ✔` (percent-fraction)',
          '- `8/17: 17 is the cohort ✔` (cohort-count)',
          '- `2/8, 6/9 split 8/17: 2 + 6 = 8 of 8 + 9 = 17 ✔` (subgroup-sum)',
        ].join('\n'),
      },
      range: en,
    });
    // A number stated the same in both versions names its counterpart; words are no number.
    const matched = await hover(rangeOfText(TEXT, '47.1%'));
    expect(matched?.contents).toEqual({ kind: 'markdown', value: expect.stringMatching(/^\*\*`47\.1%`\*\* \(English\): stated the same in the Chinese version: `47\.1%`\.\n/) });
    expect(await hover({ start: { line: 0, character: 1 }, end: { line: 0, character: 1 } })).toBeNull();
  });

  it('offers no hover in XML, whose review is of the abstracts, not of the markup', async () => {
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = 'untitled:a.xml';
    await c.open(uri, 'xml', '<article><abstract><p>47.1% (8/17)</p></abstract></article>');
    await c.next();
    expect(await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 24 } })).toBeNull();
  });

  it('fixes the whole document as one versioned edit, the text --fix writes, and the result lints clean', async () => {
    const dir = folder({ 'two.txt': TWO });
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = pathToFileURL(join(dir, 'two.txt')).href;
    await c.open(uri, 'plaintext', TWO, 3);
    expect(brief((await c.next()).diagnostics).map(([code]) => code)).toEqual([
      'cohort-count',
      'pair-number-mismatch',
      'percent-fraction',
      'cohort-count',
      'pair-number-mismatch',
      'percent-fraction',
    ]);
    // Anywhere in the file, asked for by the exact kind or by a prefix of it; never with quick fixes mixed in.
    const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const fixAll = {
      title: 'Fix all zhenlint problems',
      kind: 'source.fixAll.zhenlint',
      edit: {
        documentChanges: [
          {
            textDocument: { uri, version: 3 },
            edits: [
              { range: MISMATCH_RANGE, newText: '8/17' },
              { range: rangeOfText(TWO, '3/71'), newText: '3/17' },
            ],
          },
        ],
      },
    };
    for (const only of [['source.fixAll.zhenlint'], ['source.fixAll'], ['source']]) expect(await codeActions(c, uri, nowhere, only)).toEqual([fixAll]);
    expect(await codeActions(c, uri, nowhere, ['source.organizeImports'])).toEqual([]);
    // Without `only` (a light bulb) the cursor's quick fixes come, the source action does not.
    expect((await codeActions(c, uri, MISMATCH_RANGE)).map((a) => a.kind)).toEqual(['quickfix', 'quickfix', 'quickfix', 'quickfix']);

    const fixed = applyEdits(TWO, fixAll.edit.documentChanges[0]!.edits);
    expect(fixed).toBe(TEXT.replace('47.1%(17/36)', '47.1%(8/17)'));
    const cli = runCli(['--fix-dry-run', '--format', 'json', join(dir, 'two.txt')]);
    expect(cli.stdout).toContain('-' + TWO.split('\n')[4]);
    expect(cli.stdout).toContain('+' + fixed.split('\n')[4]);
    await retype(c, uri, 4, fixed);
    expect(await c.next()).toEqual({ uri, version: 4, diagnostics: [] });
    expect(await codeActions(c, uri, nowhere, ['source.fixAll'])).toEqual([]);
  });

  it('disables one rule on the finding\'s line with a disable-line comment that then silences it', async () => {
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = 'untitled:abstract.md';
    await c.open(uri, 'markdown', TEXT);
    await c.next();
    const actions = await codeActions(c, uri, MISMATCH_RANGE, ['quickfix']);
    const disable = actions.find((a) => a.title === 'Disable percent-fraction for this line')!;
    expect(disable).toEqual({
      title: 'Disable percent-fraction for this line',
      kind: 'quickfix',
      diagnostics: [expect.objectContaining({ code: 'percent-fraction', range: MISMATCH_RANGE })],
      edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [disableLine('percent-fraction')] }] },
    });
    const silenced = applyEdits(TEXT, disable.edit!.documentChanges![0]!.edits as TextEdit[]);
    expect(silenced.split('\n')[4]).toBe(TEXT.split('\n')[4] + ' <!-- zhenlint-disable-line percent-fraction -->');
    await retype(c, uri, 2, silenced);
    expect(brief((await c.next()).diagnostics)).toEqual([
      ['cohort-count', 2, MISMATCH_RANGE],
      ['pair-number-mismatch', 1, MISMATCH_RANGE],
    ]);
  });

  it('offers one disable comment per rule and line, and none in XML or HTML, whose comments the abstract is read without', async () => {
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const two = 'untitled:two.txt';
    await c.open(two, 'plaintext', TWO);
    await c.next();
    const line = { start: { line: 4, character: 0 }, end: LINE_4_END };
    expect((await codeActions(c, two, line, ['quickfix'])).map((a) => a.title)).toEqual([
      'Replace with "8/17" (zhenlint: pair-number-mismatch)',
      'Replace with "3/17" (zhenlint: pair-number-mismatch)',
      ...DISABLE_TITLES,
    ]);

    const html = [
      '<!DOCTYPE html>',
      '<html lang="zh-CN"><head><meta charset="utf-8"><title>T</title></head><body>',
      '<section lang="en" class="abstract"><h2>Abstract</h2><p>Of 17 patients, 47.1% (8/17) improved.</p></section>',
      '<section lang="zh-Hans" class="trans-abstract"><h2>摘要</h2><p>17 名患者中 47.1%(17/36)改善。</p></section>',
      '</body></html>',
    ].join('\n');
    const page = 'file:///tmp/zhenlint-page.html';
    await c.open(page, 'html', html);
    const published = await c.next();
    const range = rangeOfText(html, '17/36');
    expect(brief(published.diagnostics)).toEqual([['percent-fraction', 1, range]]);
    // In a text document the same finding could be disabled; here no comment would silence it, so none is offered.
    expect(await codeActions(c, page, range)).toEqual([]);
  });
});

describe('zhenlint --lsp when a config file changes', () => {
  const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
  const ALL = ['cohort-count', 'pair-number-mismatch', 'percent-fraction'];

  it('watches config files through the client and lints the open documents under a changed one again', async () => {
    const dir = folder({ 'project/zhenlint.config.json': { rules: { 'pair-number-mismatch': 'off' } }, 'project/sub/.keep': '', 'elsewhere/.keep': '' });
    const c = client();
    await c.initialize({ debounceMs: 0 }, true, true);
    const inside = pathToFileURL(join(dir, 'project', 'sub', 'a.txt')).href;
    const outside = pathToFileURL(join(dir, 'elsewhere', 'b.txt')).href;
    await c.open(inside, 'plaintext', TEXT);
    await c.open(outside, 'plaintext', TEXT);
    expect([(await c.next()).uri, (await c.next()).uri]).toEqual([inside, outside]);
    expect(c.registrations).toEqual([
      {
        id: expect.any(String),
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: '**/zhenlint.config.json' }, { globPattern: '**/.zhenlintrc.json' }] },
      },
    ]);

    const config = join(dir, 'project', 'zhenlint.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'cohort-count': 'off' } }));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const relinted = await c.next();
    expect([relinted.uri, relinted.version, codes(relinted.diagnostics)]).toEqual([inside, 1, ['pair-number-mismatch', 'percent-fraction']]);

    // A new config nearer to a document governs it from then on; the document outside was not linted in between.
    const nearer = join(dir, 'project', 'sub', '.zhenlintrc.json');
    writeFileSync(nearer, JSON.stringify({ rules: { 'percent-fraction': 'off' } }));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(nearer).href, type: 1 }] });
    const created = await c.next();
    expect([created.uri, codes(created.diagnostics)]).toEqual([inside, ['cohort-count', 'pair-number-mismatch']]);
    // Deleted: the folder's config applies again. Other watched files are no config and change nothing.
    rmSync(nearer);
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: pathToFileURL(join(dir, 'project', 'package.json')).href, type: 2 },
        { uri: pathToFileURL(nearer).href, type: 3 },
      ],
    });
    const deleted = await c.next();
    expect([deleted.uri, codes(deleted.diagnostics)]).toEqual([inside, ['pair-number-mismatch', 'percent-fraction']]);
    await retype(c, outside, 2);
    expect([(await c.next()).uri]).toEqual([outside]);
    expect(c.all.map((p) => p.uri)).toEqual([inside, outside, inside, inside, inside, outside]);
  });

  it('lints again when an open config document is saved, and registers no watcher with a client that cannot watch', async () => {
    const dir = folder({ 'zhenlint.config.json': { rules: { 'percent-fraction': 'off' } } });
    const c = client();
    await c.initialize({ debounceMs: 0 });
    const uri = pathToFileURL(join(dir, 'a.md')).href;
    const config = join(dir, 'zhenlint.config.json');
    const configUri = pathToFileURL(config).href;
    await c.open(uri, 'markdown', TEXT);
    expect(codes((await c.next()).diagnostics)).toEqual(['cohort-count', 'pair-number-mismatch']);
    // The config is open in the editor (a JSON document, never linted itself) and saved there.
    await c.open(configUri, 'json', '{ "rules": {} }');
    writeFileSync(config, '{ "rules": {} }');
    await c.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: configUri } });
    const saved = await c.next();
    expect([saved.uri, saved.version, codes(saved.diagnostics)]).toEqual([uri, 1, ALL]);
    // Saving the linted document itself is no config change.
    await c.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await retype(c, uri, 2);
    expect([(await c.next()).version]).toEqual([2]);
    expect(c.all.map((p) => p.version)).toEqual([1, 1, 2]);
    expect(c.registrations).toEqual([]);
  });
});
