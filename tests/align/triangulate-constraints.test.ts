import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const diagnostics = (text: string) =>
  lint(text).files[0]!.diagnostics.map((d) => ({ rule: d.ruleId, severity: d.severity, lang: d.lang, text: d.text, offset: d.offset, fix: d.fix, message: d.message }));

describe('a mismatch decided by a constraint both versions state', () => {
  it('a response rate that its counts contradict is the wrong side, with the fix', () => {
    const text =
      'Ten patients with malignant liver tumors were enrolled in this study. The 6-month overall survival rate was 90%, and the effective response rate was 80% (1 death, 1PD, 3PR, 5CR).\n' +
      '共纳入 10 例恶性肝肿瘤患者。6 个月总生存率为 90%，有效率为 70%（1例死亡，1例PD，3例PR，5例CR）。';
    const at = text.indexOf('70%');
    const found = diagnostics(text);
    expect(found.map((d) => [d.rule, d.severity, d.lang, d.text, d.offset])).toEqual([
      ['pair-number-mismatch', 'error', 'zh', '70%', at],
      ['rate-from-counts', 'error', 'zh', '70%', at],
    ]);
    expect(found[0]!.message).toBe(
      'Chinese 70% disagrees with English 80%: both versions state the rate-from-counts constraint; the English holds (response rate 80%: (3 PR + 5 CR)/10 = 80.0%, consistent with 80%) and the Chinese does not (response rate 70%: (3 PR + 5 CR)/10 = 80.0%), so the Chinese is likely wrong.',
    );
    expect(found[0]!.fix).toEqual({ offset: at, length: 2, replacement: '80' });
  });

  it('the English can be the wrong side', () => {
    const text =
      'Ten patients with malignant liver tumors were enrolled in this study. The 6-month overall survival rate was 70%, and the effective response rate was 80% (1 death, 1PD, 3PR, 5CR).\n' +
      '共纳入 10 例恶性肝肿瘤患者。6 个月总生存率为 90%，有效率为 80%（1例死亡，1例PD，3例PR，5例CR）。';
    const at = text.indexOf('70%');
    const found = diagnostics(text);
    expect(found.map((d) => [d.rule, d.severity, d.lang, d.text, d.offset])).toEqual([
      ['pair-number-mismatch', 'error', 'en', '70%', at],
      ['rate-from-counts', 'error', 'en', '70%', at],
    ]);
    expect(found[0]!.message).toContain('so the English is likely wrong');
    expect(found[0]!.fix).toEqual({ offset: at, length: 2, replacement: '90' });
  });

  it('when both versions break the same constraint, it is reported once per version and the mismatch does not guess', () => {
    const text =
      'Ten patients with malignant liver tumors were enrolled in this study. The effective response rate was 70% (no death, 2SD, 3PR, 5CR).\n' +
      '共纳入 10 例恶性肝肿瘤患者。有效率为 70%（无死亡，2例SD，3例PR，5例CR）。';
    const found = diagnostics(text);
    expect(found.map((d) => [d.rule, d.lang, d.text, d.offset])).toEqual([
      ['rate-from-counts', 'en', '70%', text.indexOf('70%')],
      ['rate-from-counts', 'zh', '70%', text.lastIndexOf('70%')],
    ]);
  });
});
