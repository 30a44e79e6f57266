import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { escapeAttribute, escapeXml, formatJunit } from '../src/report/junit.js';
import { artifactUri, FINGERPRINT_KEY } from '../src/report/sarif.js';
import { reportJsonSchema, type Report } from '../src/report/schema.js';
import { ROOT, runCli } from './helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from './helpers/temp.js';

const SEED_PATH = `seeds/${SEED_001}`;
const OTHER_SEEDS = ['000_ea32151a420e5e16.txt', '002_4e93823790312d12.txt', '003_521f329fc4cb694b.txt', '004_9a05efdc7efa0b0f.txt'];
/** The three 001 findings as the JSON report states them (sorted by offset, then rule id); every format must carry these. */
const [cohort, mismatch, percent] = (JSON.parse(runCli(['-f', 'json', 'seeds/']).stdout) as Report).files[1]!.diagnostics;
const at = seedText(SEED_001).indexOf('17/36');

describe('--format compact', () => {
  it('prints file:line:col: severity message [rule], one finding a line', () => {
    const r = runCli(['-f', 'compact', 'seeds/']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${SEED_PATH}:5:215: warning ${cohort!.message} [cohort-count]\n` +
        `${SEED_PATH}:5:215: error ${mismatch!.message} [pair-number-mismatch]\n` +
        `${SEED_PATH}:5:215: error ${percent!.message} [percent-fraction]\n`,
    );
    expect(cohort!.message).toBe('17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.');
    expect(mismatch!.message).toMatch(/^Chinese 17\/36 disagrees with English 8\/17/);
  });

  it('prints nothing for clean files', () => {
    const r = runCli(['-f', 'compact', ...OTHER_SEEDS.map((s) => `seeds/${s}`)]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('--format github', () => {
  it('prints workflow commands with the range, a title and an escaped message', () => {
    const r = runCli(['-f', 'github', 'seeds/']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `::warning file=${SEED_PATH},line=5,col=215,endColumn=220,title=zhenlint%3A cohort-count::${cohort!.message}`,
      `::error file=${SEED_PATH},line=5,col=215,endColumn=220,title=zhenlint%3A pair-number-mismatch::${mismatch!.message.replace(/%/g, '%25')}`,
      `::error file=${SEED_PATH},line=5,col=215,endColumn=220,title=zhenlint%3A percent-fraction::${percent!.message.replace(/%/g, '%25')}`,
    ]);
    // `47.1%` would otherwise start an escape sequence in the runner.
    expect(lines[2]).toContain('47.1%25 written beside it.');
  });

  it('escapes % \\r \\n in messages and also : , in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('dir,x/a:b%.md\n')).toBe('dir%2Cx/a%3Ab%25.md%0A');
  });

  it('maps info to notice and spells a multi-line range with endLine instead of endColumn', () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'zhenlint', version: '0' },
      files: [
        {
          path: 'a,b.md',
          passages: [],
          pairs: [],
          diagnostics: [
            { ruleId: 'r', severity: 'info', message: 'x\ny', lang: 'en', text: 't', offset: 0, length: 5, line: 2, column: 3, endLine: 3, endColumn: 2, related: [] },
          ],
        },
      ],
      summary: { files: 1, pairs: 0, errors: 0, warnings: 0, infos: 1 },
    };
    expect(formatGithub(report, { sources: new Map(), rules: [] })).toBe('::notice file=a%2Cb.md,line=2,endLine=3,col=3,title=zhenlint%3A r::x%0Ay\n');
  });
});

describe('--format junit', () => {
  it('has a suite per file, a failing case per finding and a passing case per clean file', () => {
    const r = runCli(['-f', 'junit', 'seeds/']);
    expect(r.code).toBe(1);
    const clean = (name: string) => [
      `  <testsuite name="seeds/${name}" tests="1" failures="0" errors="0" skipped="0">`,
      `    <testcase name="seeds/${name}" classname="zhenlint" time="0"/>`,
      '  </testsuite>',
    ];
    const failing = (d: typeof mismatch, severity: 'error' | 'warning') => [
      `    <testcase name="${d!.ruleId} at 5:215" classname="${SEED_PATH}" time="0">`,
      `      <failure type="${severity}" message="${escapeXml(d!.message)}">${escapeXml(`${SEED_PATH}:5:215: ${severity} ${d!.message} [${d!.ruleId}]`)}</failure>`,
      '    </testcase>',
    ];
    expect(r.stdout.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<testsuites name="zhenlint" tests="7" failures="3" errors="0">',
      ...clean(OTHER_SEEDS[0]!),
      `  <testsuite name="${SEED_PATH}" tests="3" failures="3" errors="0" skipped="0">`,
      ...failing(cohort, 'warning'),
      ...failing(mismatch, 'error'),
      ...failing(percent, 'error'),
      '  </testsuite>',
      ...OTHER_SEEDS.slice(1).flatMap(clean),
      '</testsuites>',
      '',
    ]);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('writes CR, LF and tab in attributes as character references, and CR in text', () => {
    expect(escapeAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
    expect(escapeXml('a\r\nb')).toBe('a&#13;\nb');
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'zhenlint', version: '0' },
      files: [{ path: 'a\nb.md', passages: [], pairs: [], diagnostics: [{ ...mismatch!, message: 'one\r\ntwo' }] }],
      summary: { files: 1, pairs: 0, errors: 1, warnings: 0, infos: 0 },
    };
    expect(formatJunit(report, { sources: new Map(), rules: [] }).split('\n').slice(2, 6)).toEqual([
      '  <testsuite name="a&#10;b.md" tests="1" failures="1" errors="0" skipped="0">',
      '    <testcase name="pair-number-mismatch at 5:215" classname="a&#10;b.md" time="0">',
      '      <failure type="error" message="one&#13;&#10;two">a',
      'b.md:5:215: error one&#13;',
    ]);
  });

  it('reports a skipped file as a skipped test case that says why, not as a pass', () => {
    const dir = tempDir();
    const pdf = join(dir, 'paper.txt');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj');
    const r = runCli(['-f', 'junit', pdf, `seeds/${OTHER_SEEDS[0]}`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<testsuites name="zhenlint" tests="2" failures="0" errors="0">',
      `  <testsuite name="${pdf}" tests="1" failures="0" errors="0" skipped="1">`,
      `    <testcase name="${pdf}" classname="zhenlint" time="0">`,
      '      <skipped message="not a text file (PDF document)"/>',
      '    </testcase>',
      '  </testsuite>',
      `  <testsuite name="seeds/${OTHER_SEEDS[0]}" tests="1" failures="0" errors="0" skipped="0">`,
      `    <testcase name="seeds/${OTHER_SEEDS[0]}" classname="zhenlint" time="0"/>`,
      '  </testsuite>',
      '</testsuites>',
      '',
    ]);
  });
});

/** The final OASIS SARIF 2.1.0 schema (errata 01), a JSON Schema draft-04 document, hence ajv-draft-04. */
const sarifSchema = JSON.parse(readFileSync(`${ROOT}tests/fixtures/sarif-schema-2.1.0.json`, 'utf8'));
const sarifAjv = new Ajv({ allErrors: true, strict: false });
addFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);
/** Parse a SARIF log and check it against the schema, as every SARIF test does. */
function validSarif(stdout: string) {
  const log = JSON.parse(stdout);
  expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  return log;
}

describe('--format sarif', () => {
  const sarif = validSarif(runCli(['-f', 'sarif', 'seeds/']).stdout);
  const validate = validateSarif;
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

  it('validates against the final OASIS SARIF 2.1.0 JSON schema', () => {
    expect([sarifSchema.$schema, sarifSchema.id, sarifSchema.title]).toEqual([
      'http://json-schema.org/draft-04/schema#',
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
      'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema',
    ]);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it('links the project and the documentation page of every rule, from package.json', () => {
    expect(pkg.homepage).toBe('https://github.com/zhenlint/zhenlint#readme');
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/zhenlint/zhenlint.git' });
    const { driver } = sarif.runs[0].tool;
    expect(driver.informationUri).toBe(pkg.homepage);
    const rules = driver.rules as { id: string; helpUri?: string }[];
    expect(rules.filter((r) => r.id !== 'unused-disable-directive').map((r) => r.helpUri)).toEqual(
      rules.filter((r) => r.id !== 'unused-disable-directive').map((r) => `https://github.com/zhenlint/zhenlint/blob/main/docs/rules/${r.id}.md`),
    );
    // The directive id is not a rule and has no page of its own.
    expect(rules.find((r) => r.id === 'unused-disable-directive')!.helpUri).toBeUndefined();
  });

  it('lists inputs that could not be read, and skipped files, as tool execution notifications', () => {
    const dir = tempDir();
    {
      writeFileSync(join(dir, 'bin.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0]));
      const r = runCli(['-f', 'sarif', 'seeds/001_b2d88acf0b6bdb1d.txt', join(dir, 'bin.txt'), join(dir, 'missing.txt')]);
      expect(r.code).toBe(2);
      const log = validSarif(r.stdout);
      expect(log.runs[0].invocations).toEqual([
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            {
              level: 'error',
              message: { text: `cannot read ${join(dir, 'missing.txt')}: no such file or directory` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(join(dir, 'missing.txt')) } } }],
            },
            {
              level: 'warning',
              message: { text: 'skipped: not a text file (binary data (NUL bytes))' },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(join(dir, 'bin.txt')), index: 1 } } }],
            },
          ],
        },
      ]);
    }
  });

  it('the schema check can fail: a helpUri that is not a URI is rejected', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
    expect(validate(broken)).toBe(false);
  });

  it('the schema check can fail: a result level outside the enum is rejected', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule in tool.driver', () => {
    const { driver } = sarif.runs[0].tool;
    expect(driver).toMatchObject({ name: 'zhenlint', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'pair-number-mismatch',
      'pair-number-missing',
      'percent-fraction',
      'fraction-bounds',
      'cohort-count',
      'subgroup-sum',
      'breakdown-sum',
      'rate-from-counts',
      'percent-bounds',
      'range-order',
      'pvalue-bounds',
      'significance-wording',
      'interval-estimate',
      'statistic-pvalue',
      'statistic-recompute',
      'grim',
      'pair-identifier-mismatch',
      'pair-year-mismatch',
      'unused-disable-directive',
    ]);
    expect(driver.rules[2]).toMatchObject({
      id: 'percent-fraction',
      name: 'PercentFraction',
      shortDescription: { text: 'A percentage written beside a fraction must equal it at the reported precision, and a ratio written before the two counts it is the ratio of must be their quotient.' },
      help: { text: expect.stringContaining('Reported: A total of 47.1% (17/36) of patients improved.') },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('gives each finding its rule, level, 1-based region, counterpart and fingerprint', () => {
    const run = sarif.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(
      ['000_ea32151a420e5e16.txt', SEED_001, ...OTHER_SEEDS.slice(1)].map((s) => `seeds/${s}`),
    );
    expect(run.results).toHaveLength(3);
    const [cohortResult, first, second] = run.results;
    const artifactLocation = { uri: SEED_PATH, index: 1 };
    expect(cohortResult).toEqual({
      ruleId: 'cohort-count',
      ruleIndex: 4,
      level: 'warning',
      message: { text: cohort!.message },
      locations: [
        { physicalLocation: { artifactLocation, region: { startLine: 5, startColumn: 215, endLine: 5, endColumn: 220, charOffset: at, charLength: 5, snippet: { text: '17/36' } } } },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation,
            region: { startLine: 5, startColumn: 135, endLine: 5, endColumn: 139, charOffset: seedText(SEED_001).indexOf('17 名'), charLength: 4, snippet: { text: '17 名' } },
          },
          message: { text: 'The cohort of 17.' },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}:0$/) },
    });
    expect(first).toEqual({
      ruleId: 'pair-number-mismatch',
      ruleIndex: 0,
      level: 'error',
      message: { text: mismatch!.message },
      locations: [
        { physicalLocation: { artifactLocation, region: { startLine: 5, startColumn: 215, endLine: 5, endColumn: 220, charOffset: at, charLength: 5, snippet: { text: '17/36' } } } },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation,
            region: { startLine: 4, startColumn: 650, endLine: 4, endColumn: 654, charOffset: seedText(SEED_001).indexOf('8/17'), charLength: 4, snippet: { text: '8/17' } },
          },
          message: { text: 'English states 8/17 here.' },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}:0$/) },
      fixes: [
        {
          description: { text: 'Write 8/17 here.' },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: at, charLength: 5 }, insertedContent: { text: '8/17' } }] }],
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'percent-fraction', ruleIndex: 2, level: 'error', relatedLocations: [{ id: 1, message: { text: 'The percentage stated beside 17/36.' } }] });
    expect(second.fixes).toBeUndefined();
    const fingerprints = [cohortResult, first, second].map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fingerprints).size).toBe(3);
  });

  it('keeps fingerprints when the text moves, so code scanning does not reopen alerts', () => {
    const dir = tempDir();
    const lines = seedText(SEED_001).split('\n');
    const moved = ['A note added at the top.', '', ...lines.slice(0, 3), lines[4], '', lines[3]].join('\n');
    const write = (text: string) => {
      writeFileSync(join(dir, 'doc.txt'), text);
      const out = validSarif(runCli(['-f', 'sarif', 'doc.txt'], undefined, {}, dir).stdout);
      return out.runs[0].results.map((r: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [
        r.partialFingerprints[FINGERPRINT_KEY],
        r.locations[0]!.physicalLocation.region.startLine,
      ]);
    };
    const before = write(seedText(SEED_001));
    const after = write(moved);
    expect(before.map((r: unknown[]) => r[1])).toEqual([5, 5, 5]);
    expect(after.map((r: unknown[]) => r[1])).toEqual([6, 6, 6]);
    expect(after.map((r: unknown[]) => r[0])).toEqual(before.map((r: unknown[]) => r[0]));
  });

  it('writes relative paths as URI references and absolute ones as file URIs', () => {
    expect(artifactUri('./docs/a b/摘要.md')).toBe('docs/a%20b/%E6%91%98%E8%A6%81.md');
    expect(artifactUri('/srv/x#1.txt')).toBe('file:///srv/x%231.txt');
  });
});

describe('--output, --print-schema and json', () => {
  const dir = tempDir();

  it('--output writes the report to a file (creating its folder) and nothing to stdout', () => {
    const out = join(dir, 'reports', 'zhenlint.sarif');
    const r = runCli(['-f', 'sarif', '-o', out, 'seeds/']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(validSarif(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(3);
  });

  it('--output to an unwritable place is a one-line error and exit 2', () => {
    const r = runCli(['-o', join(ROOT, 'package.json', 'x.txt'), 'seeds/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zhenlint: cannot write .*package\.json\/x\.txt: (ENOTDIR|EEXIST)\n$/);
  });

  it('--print-schema prints the JSON Schema generated from the zod schema', () => {
    const r = runCli(['--print-schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(reportJsonSchema());
    expect(JSON.parse(r.stdout).properties.schemaVersion).toEqual({ type: 'number', const: 1 });
  });

  it('the json report validates against the printed schema', () => {
    const schema = JSON.parse(runCli(['--print-schema']).stdout);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema);
    const json = JSON.parse(runCli(['-f', 'json', 'seeds/']).stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(lint(seedText(SEED_001)).files[0]!.diagnostics).toHaveLength(3);
  });
});
