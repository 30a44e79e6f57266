// A deterministic corpus of bilingual (English + Chinese) abstracts for benchmarks.
// Usage: node bench/generate.js --n 1000 [--seed 1] [--jsonl out.jsonl] [--dir out/]
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITIONS = [
  ['psoriasis', '银屑病', 'PASI'],
  ['atopic dermatitis', '特应性皮炎', 'EASI'],
  ['rheumatoid arthritis', '类风湿关节炎', 'DAS28'],
  ['type 2 diabetes', '2型糖尿病', 'HbA1c'],
  ['nasopharyngeal carcinoma', '鼻咽癌', 'RFS'],
  ['chronic hepatitis B', '慢性乙型肝炎', 'HBV DNA'],
  ['heart failure', '心力衰竭', 'NYHA'],
  ['ulcerative colitis', '溃疡性结肠炎', 'UCDAI'],
];
const DRUGS = [
  ['secukinumab', '司库奇尤单抗'],
  ['metformin', '二甲双胍'],
  ['gemcitabine', '吉西他滨'],
  ['tofacitinib', '托法替布'],
  ['entecavir', '恩替卡韦'],
  ['dupilumab', '度普利尤单抗'],
];
const CHROME_EN = ['Add to saved papers', 'Full text links', 'Related articles', 'Copyright © 2021 Elsevier Inc. All rights reserved.'];
const CHROME_ZH = ['摘要', '参考文献', '相关文章', '收藏'];
const FULL_WIDTH = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function pct(num, den) {
  return ((num / den) * 100).toFixed(1);
}

/** One abstract: English and Chinese sentences that state the same numbers, and maybe one planted error. */
export function makeAbstract(r, id) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const [cEn, cZh, score] = pick(CONDITIONS);
  const [dEn, dZh] = pick(DRUGS);
  const n = int(12, 900);
  const treated = int(Math.ceil(n / 3), Math.floor((2 * n) / 3));
  const control = n - treated;
  const months = int(3, 60);
  const ageLo = int(18, 40);
  const ageHi = ageLo + int(10, 40);
  const en = [];
  const zh = [];
  en.push(`Background: ${dEn[0].toUpperCase()}${dEn.slice(1)} has shown promising efficacy in ${cEn}, but data from randomized trials remain limited.`);
  zh.push(`背景:${dZh}在${cZh}中显示出良好疗效,但随机试验数据仍然有限。`);
  en.push(`Methods: We enrolled ${n} patients aged ${ageLo} to ${ageHi} years and randomly assigned ${treated} to ${dEn} and ${control} to placebo; they were followed for ${months} months.`);
  zh.push(`方法:我们纳入${n}例年龄${ageLo}～${ageHi}岁的患者,随机分配${treated}例接受${dZh}治疗,${control}例接受安慰剂;随访${months}个月。`);
  let planted = null;
  const results = int(1, 5);
  for (let i = 0; i < results; i++) {
    const den = int(8, treated);
    const num = int(1, den - 1);
    const p = pick(['0.001', '0.01', '0.03', '0.04', '0.002']);
    const kind = int(0, 3);
    let zhNum = num;
    let zhDen = den;
    if (!planted && r() < 0.08) {
      planted = 'mismatch';
      zhNum = num + int(1, 3) <= den ? num + 1 : num - 1;
    }
    if (kind === 0) {
      en.push(`A total of ${pct(num, den)}% (${num}/${den}) of the patients reached a ${int(50, 90)}% improvement in ${score} score (P < ${p}).`);
      zh.push(`共有${pct(num, den)}%(${zhNum}/${zhDen})的患者${score}评分改善达到${en.at(-1).match(/reached a (\d+)%/)[1]}%(P<${p})。`);
    } else if (kind === 1) {
      const hr = (0.3 + r() * 0.6).toFixed(2);
      const lo = (Number(hr) - 0.1 - r() * 0.1).toFixed(2);
      const hi = (Number(hr) + 0.1 + r() * 0.2).toFixed(2);
      en.push(`The hazard ratio for disease progression was ${hr} (95% CI, ${lo} to ${hi}; P = ${p}).`);
      zh.push(`疾病进展的风险比为${hr}(95% CI:${lo}～${hi};P=${p})。`);
    } else if (kind === 2) {
      const mean = (10 + r() * 60).toFixed(1);
      const sd = (1 + r() * 9).toFixed(1);
      en.push(`The mean ${score} score decreased from ${mean} ± ${sd} at baseline after ${int(4, 24)} weeks of treatment.`);
      zh.push(`治疗${en.at(-1).match(/after (\d+) weeks/)[1]}周后,平均${score}评分较基线的${mean}±${sd}下降。`);
    } else {
      const events = int(1, Math.max(1, Math.floor(control / 2)));
      en.push(`Serious adverse events occurred in ${events} patients in the placebo group (${pct(events, control)}%).`);
      zh.push(`安慰剂组有${events}例患者发生严重不良事件(${pct(events, control)}%)。`);
    }
  }
  en.push(`Conclusions: In patients with ${cEn}, ${dEn} improved outcomes over ${months} months without new safety signals.`);
  zh.push(`结论:在${cZh}患者中,${dZh}在${months}个月内改善了结局,未发现新的安全性信号。`);

  // Noise: page chrome around the abstract, hard-wrapped English, full-width digits.
  const lines = [];
  if (r() < 0.4) lines.push(pick(CHROME_EN));
  let enText = en.join(' ');
  if (r() < 0.2) enText = en.join('\n');
  let zhText = zh.join('');
  if (r() < 0.15) zhText = FULL_WIDTH(zhText);
  const zhFirst = r() < 0.2;
  if (zhFirst) lines.push(zhText, '', enText);
  else lines.push(enText, '', zhText);
  if (r() < 0.3) lines.push(pick(CHROME_ZH));
  return { id, text: lines.join('\n') + '\n', en: en.join(' '), zh: zh.join(''), enParts: en, zhParts: zh, planted };
}

/** N abstracts from one seed; the same arguments give the same bytes. */
export function* corpus(n, seed = 1) {
  const r = rng(seed);
  for (let i = 0; i < n; i++) yield makeAbstract(r, `a${String(i + 1).padStart(6, '0')}`);
}

/** Write the corpus as JSONL `{id, text}` records; returns a promise that resolves when written. */
export function writeJsonl(path, n, seed = 1) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.on('finish', resolve);
    let chunk = '';
    for (const a of corpus(n, seed)) {
      chunk += JSON.stringify({ id: a.id, text: a.text }) + '\n';
      if (chunk.length > 1 << 20) {
        out.write(chunk);
        chunk = '';
      }
    }
    out.end(chunk);
  });
}

const xmlEscape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Write the corpus as one PubMed XML file (`PubmedArticleSet`), each abstract's Chinese as `OtherAbstract Language="chi"`. */
export function writePubmed(path, n, seed = 1) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.on('finish', resolve);
    let chunk = '<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n';
    let pmid = 30000000;
    for (const a of corpus(n, seed)) {
      pmid++;
      chunk += `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${pmid}</PMID><Article><ArticleTitle>${a.id}</ArticleTitle>\n`;
      chunk += `<Abstract><AbstractText>${xmlEscape(a.en)}</AbstractText></Abstract></Article>\n`;
      chunk += `<OtherAbstract Type="Publisher" Language="chi"><AbstractText>${xmlEscape(a.zh)}</AbstractText></OtherAbstract></MedlineCitation></PubmedArticle>\n`;
      if (chunk.length > 1 << 20) {
        out.write(chunk);
        chunk = '';
      }
    }
    out.end(chunk + '</PubmedArticleSet>\n');
  });
}

/** Write the corpus as one .txt file a document, for linters that read files. */
export function writeFiles(dir, n, seed = 1) {
  mkdirSync(dir, { recursive: true });
  for (const a of corpus(n, seed)) writeFileSync(join(dir, `${a.id}.txt`), a.text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, jsonl: { type: 'string' }, dir: { type: 'string' } } });
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (values.dir) writeFiles(values.dir, n, seed);
  if (values.jsonl) await writeJsonl(values.jsonl, n, seed);
  if (!values.dir && !values.jsonl) for (const a of corpus(n, seed)) process.stdout.write(JSON.stringify({ id: a.id, text: a.text }) + '\n');
}
