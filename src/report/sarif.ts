import type { Formatter } from './format.js';
import { UNUSED_DIRECTIVE_ID } from '../directives.js';
import type { RuleMeta } from '../rule.js';
import { portablePath, signaturesOf } from '../signature.js';
import { HOMEPAGE, ruleDocUrl } from '../version.js';
import type { JsonDiagnostic, JsonRelated, Report } from './schema.js';

/** SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Named after what it hashes, versioned so that a change of recipe cannot silently match old alerts. */
export const FINGERPRINT_KEY = 'zhenlintSignature/v1';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const DIRECTIVE_META: Pick<RuleMeta, 'id' | 'description' | 'severity'> & { examples?: RuleMeta['examples'] } = {
  id: UNUSED_DIRECTIVE_ID,
  description: 'A zhenlint-disable comment that silenced nothing (reported with --report-unused-disable-directives).',
  severity: 'error',
};

/** A relative path as a URI reference (segments percent-encoded); an absolute one as a file: URI. */
export function artifactUri(path: string): string {
  const p = portablePath(path);
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded.replace('%3A', ':')}`;
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** A rule's descriptor; `documented` rules link their page (the directive id is no rule and has none). */
function descriptor(meta: typeof DIRECTIVE_META, documented: boolean) {
  const ex = meta.examples;
  const text = ex
    ? `${meta.description}\n\nReported: ${ex.invalid[0]?.text ?? ''}\nNot reported: ${ex.valid[0] ?? ''}`
    : meta.description;
  const markdown = ex
    ? `${meta.description}\n\nReported:\n\n    ${(ex.invalid[0]?.text ?? '').replace(/\n/g, '\n    ')}\n\nNot reported:\n\n    ${(ex.valid[0] ?? '').replace(/\n/g, '\n    ')}`
    : meta.description;
  const helpUri = documented ? ruleDocUrl(meta.id) : undefined;
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text, markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[meta.severity] },
  };
}

function region(r: JsonDiagnostic | JsonRelated) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn, charOffset: r.offset, charLength: r.length, snippet: { text: r.text } };
}

export const formatSarif: Formatter = (report, { rules: ruleMetas }) => {
  const metas = [...ruleMetas, DIRECTIVE_META];
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const artifacts = report.files.map((f) => ({ location: { uri: artifactUri(f.path) } }));
  const results = report.files.flatMap((file, fileIndex) => {
    const artifactLocation = { uri: artifactUri(file.path), index: fileIndex };
    const signatures = signaturesOf(file);
    return file.diagnostics.map((d, i) => {
      const { signature, occurrence } = signatures[i]!;
      const index = ruleIndex.get(d.ruleId);
      return {
        ruleId: d.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d) } }],
        ...(d.related.length > 0
          ? {
              relatedLocations: d.related.map((r, k) => ({
                id: k + 1,
                physicalLocation: { artifactLocation, region: region(r) },
                message: { text: r.message },
              })),
            }
          : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: `${signature}:${occurrence}` },
        ...(d.fix
          ? {
              fixes: [
                {
                  description: { text: `Write ${d.fix.replacement} here.` },
                  artifactChanges: [
                    {
                      artifactLocation,
                      replacements: [{ deletedRegion: { charOffset: d.fix.offset, charLength: d.fix.length }, insertedContent: { text: d.fix.replacement } }],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}),
            rules: metas.map((m) => descriptor(m, m !== DIRECTIVE_META)),
          },
        },
        // Inputs that could not be read (the run failed) and files skipped, each with why.
        invocations: [
          {
            executionSuccessful: !report.unreadable?.length,
            toolExecutionNotifications: [
              ...(report.unreadable ?? []).map((u) => ({
                level: 'error',
                message: { text: u.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(u.path) } } }],
              })),
              ...report.files.flatMap((f, index) =>
                f.skipped
                  ? (f.notices ?? []).map((n) => ({
                      level: LEVEL[n.severity],
                      message: { text: n.message },
                      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.path), index } } }],
                    }))
                  : [],
              ),
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
