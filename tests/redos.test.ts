import { readdirSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { captureConstructed, regexSites, sourceFiles, type Constructed } from './helpers/regexes.js';
import { ROOT } from './helpers/run-cli.js';

/** Entry points run on import; their patterns are still found by the source scan. */
const ENTRY = /(?:^|\/)cli\.ts$/;

const SAMPLES = [
  'Seventeen patients were enrolled. A total of 47.1% (8/17) improved (P < 0.05), HR 0.62 (95% CI, 0.34 to 0.77).\n' +
    '共招募了 17 名患者。共有 47.1%(8/17)的患者改善(P＜0.05)，随访 3～36 个月，约 1.2 万例，十七例。',
  'T helper (Th) 17 cells and IL-17 were measured in 1 x 10(6) cells/kg; 辅助性 T 细胞 17(Th17) 于第 56 天。',
];

/** Step limits instead of clocks: the verdicts must not depend on how busy the machine is. */
const DETERMINISTIC = {
  randomSeed: 42,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

/**
 * Patterns recheck calls polynomial that are safe where they are used. Each says why;
 * anything else it does not call safe fails the test. Exponential patterns are never allowed.
 */
const BOUNDED: { file: string; source: string; why: string }[] = [
  { file: 'src/cli/args.ts', source: String.raw`\. To specify.*$`, why: "runs on parseArgs' one-line error message" },
  { file: 'src/extract/index.ts', source: String.raw`(?:^|[^\p{L}])[Pp](?:\s*-?\s*values?)?\s*(<=|>=|[<>=≤≥])\s*$`, why: 'runs on the 30 characters before a number' },
  { file: 'src/extract/index.ts', source: String.raw`(?:^|[;；:：。.\s])\s*[(（]\s*$`, why: 'runs on the 30 characters before a number' },
  { file: 'src/extract/units.ts', source: String.raw`^\s*例?\s*(CR|PR|SD|PD|NE)\b`, why: 'matchUnit runs on the 24 characters after a number' },
  { file: 'src/extract/units.ts', source: String.raw`^\s*例?\s*(?:死亡)`, why: 'matchUnit runs on the 24 characters after a number' },
  { file: 'src/segment/boilerplate.ts', source: String.raw`^(?:references|metrics|abstract|asbtract|pdf\b.*)\s*\|?$`, why: 'English chrome is only tried on lines under 300 characters' },
  { file: 'src/segment/boilerplate.ts', source: String.raw`\b(?:log(?:ging)? in|sign in)\b.*\b(?:institution|subscription)\b`, why: 'English chrome is only tried on lines under 300 characters' },
  { file: 'src/segment/boilerplate.ts', source: String.raw`页码\s*[-–—]?\s*$`, why: 'Chinese chrome is only tried on lines under 100 characters' },
  { file: 'src/segment/index.ts', source: String.raw`[\r\n]+$`, why: 'a line cut by LINE holds one line break at most, at its end' },
  {
    file: 'src/extract/atoms.ts',
    source: String.raw`(?<![\d.]|\d,)((?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))\s*[x×*]\s*10\s*(?:\(\s*(-?\d+)\s*\)|\^\s*(-?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))`,
    why: "the fuzzer's attack ('1,21' repeated) is cut short by the lookbehind in V8; tests/adversarial.test.ts runs it",
  },
];

describe('regular expressions', () => {
  const sites = regexSites();
  let constructed: Constructed[] = [];

  beforeAll(async () => {
    vi.resetModules();
    constructed = await captureConstructed(async () => {
      for (const path of sourceFiles()) if (!ENTRY.test(path)) await import(path);
      const { lint } = await import('../src/index.js');
      for (const name of readdirSync(`${ROOT}seeds`)) lint(readFileSync(`${ROOT}seeds/${name}`, 'utf8'));
      for (const text of SAMPLES) lint(text);
    });
  });

  it('are found in the source: literals and RegExp constructions', () => {
    expect(sites.filter((s) => s.kind === 'literal').length).toBeGreaterThan(50);
    // The scan itself is checked on a file whose patterns are known.
    const boilerplate = sites.filter((s) => s.file === 'src/segment/boilerplate.ts');
    expect(boilerplate.some((s) => s.source === String.raw`^[\s|:-]+$`)).toBe(true);
  });

  it('every RegExp construction in the source is built while the linter runs, so its real pattern is checked', () => {
    const missed = sites
      .filter((s) => s.kind === 'constructor')
      .filter((s) => !constructed.some((c) => c.at && c.at.file === s.file && c.at.line >= s.line && c.at.line <= s.endLine))
      .map((s) => `${s.file}:${s.line}`);
    expect(missed).toEqual([]);
  });

  it('none is vulnerable to catastrophic backtracking (recheck)', async () => {
    const patterns = new Map<string, { source: string; flags: string; where: string }>();
    for (const s of sites) if (s.kind === 'literal') patterns.set(`/${s.source}/${s.flags}`, { source: s.source!, flags: s.flags!, where: `${s.file}:${s.line}` });
    for (const c of constructed) if (c.at) patterns.set(`/${c.source}/${c.flags}`, { source: c.source, flags: c.flags, where: `${c.at.file}:${c.at.line}` });
    const results = [];
    for (const p of patterns.values()) {
      const t = performance.now();
      const r = await check(p.source, p.flags, DETERMINISTIC);
      results.push({ ...p, ms: performance.now() - t, status: r.status, complexity: r.status === 'vulnerable' ? r.complexity.summary : r.status === 'unknown' ? r.error.kind : '' });
    }
    console.log(results.sort((a, b) => b.ms - a.ms).slice(0, 8).map((r) => `${r.ms.toFixed(0)}ms ${r.where}`).join('\n'));
    console.log(`recheck: ${results.length} patterns`);
    const allowed = (r: (typeof results)[number]) =>
      r.status === 'vulnerable' &&
      r.complexity.startsWith('2nd degree') &&
      BOUNDED.some((b) => b.source === r.source && r.where.startsWith(`${b.file}:`));
    expect(results.filter((r) => r.status !== 'safe' && !allowed(r)).map((r) => `${r.where} /${r.source}/${r.flags}: ${r.status} ${r.complexity}`)).toEqual([]);
    // No stale excuse: every allowed pattern is still in the source.
    expect(BOUNDED.filter((b) => !results.some((r) => r.source === b.source && r.where.startsWith(`${b.file}:`)))).toEqual([]);
  }, 120_000);
});
