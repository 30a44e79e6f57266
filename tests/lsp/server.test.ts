import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  ExitNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type Range,
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

let clients: TestClient[] = [];
function client(args?: string[]): TestClient {
  const c = new TestClient(args);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients) c.dispose();
  clients = [];
});

const MISMATCH_RANGE: Range = { start: { line: 4, character: 214 }, end: { line: 4, character: 219 } };

describe('zhenlint --lsp', () => {
  it('001: diagnoses 17/36 on open, offers 8/17 as a quick fix, and goes quiet once it is applied', async () => {
    const c = client();
    const init = await c.initialize({ debounceMs: 50 });
    expect(init.capabilities).toEqual({ textDocumentSync: 2, codeActionProvider: { codeActionKinds: ['quickfix'] } });
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
    expect(actions.map((a) => a.edit!.documentChanges)).toEqual([[{ textDocument: { uri: URI, version: 2 }, edits: [{ range: MISMATCH_RANGE, newText: '8/17' }] }]]);
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

  it('clears a closed document and offers no action where nothing can be fixed', async () => {
    const c = client();
    await c.initialize(undefined, false);
    await c.open(URI, 'plaintext', TEXT);
    const opened = await c.next();
    const request = (range: Range, only?: string[]) =>
      c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });

    expect(await request({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } })).toEqual([]);
    expect(await request(MISMATCH_RANGE, ['source.fixAll'])).toEqual([]);
    // A cursor just after the number still asks about it; a client without versioned edits gets plain changes.
    const cursor = { start: MISMATCH_RANGE.end, end: MISMATCH_RANGE.end };
    expect(await request(cursor, ['quickfix'])).toEqual([
      expect.objectContaining({ diagnostics: [opened.diagnostics[1]], edit: { changes: { [URI]: [{ range: MISMATCH_RANGE, newText: '8/17' }] } } }),
    ]);

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
