// A synthetic PubMed baseline file: a `PubmedArticleSet` of a given size (200 MB by default,
// about 30,000 articles, the size of one file of NLM's annual baseline), shaped as NLM writes
// them: two-space indentation, citation and journal metadata, author lists with
// affiliations, MeSH headings, keywords, history dates and reference lists around each
// abstract. About a quarter of the articles have no abstract; the abstracts are structured
// (Label/NlmCategory sections) or plain, with `<sup>`, `<i>` and entities; about one in seven
// articles also has `OtherAbstract Language="chi"` (a few of them with a planted
// discrepancy, bench/generate.js), and a few have an OtherAbstract in another language.
// Usage: node bench/pubmed-baseline.js OUT.xml [--mb 200] [--seed 1]
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { makeAbstract, rng } from './generate.js';

const xmlEscape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Smith', 'Johnson', 'Müller', 'García', 'Kim', 'Nguyen'];
const FORENAMES = ['Wei', 'Fang', 'Jing', 'Lei', 'Yan', 'Tao', 'Min', 'Jun', 'Xiaoming', 'Hongmei', 'Jianguo', 'Yu', 'Anna', 'David', 'Maria', 'Hyun-Woo'];
const PLACES = [
  'Department of Dermatology, Peking Union Medical College Hospital, Chinese Academy of Medical Sciences, Beijing 100730, China',
  'Department of Endocrinology, Ruijin Hospital, Shanghai Jiao Tong University School of Medicine, Shanghai 200025, China',
  'Department of Radiation Oncology, Sun Yat-sen University Cancer Center, Guangzhou 510060, China',
  'Department of Infectious Diseases, West China Hospital, Sichuan University, Chengdu 610041, China',
  'Department of Cardiology, Fuwai Hospital, National Center for Cardiovascular Diseases, Beijing 100037, China',
  'Division of Gastroenterology, Massachusetts General Hospital, Harvard Medical School, Boston, MA 02114, USA',
  'Institute of Clinical Epidemiology, University of Copenhagen, 2200 Copenhagen, Denmark',
];
const JOURNALS = [
  ['Zhonghua yi xue za zhi', 'Zhonghua Yi Xue Za Zhi', '0376-2491', '7511141'],
  ['Zhonghua nei ke za zhi', 'Zhonghua Nei Ke Za Zhi', '0578-1426', '16210490R'],
  ['Chinese medical journal', 'Chin Med J (Engl)', '0366-6999', '7513795'],
  ['Journal of clinical oncology', 'J Clin Oncol', '0732-183X', '8309333'],
  ['The New England journal of medicine', 'N Engl J Med', '0028-4793', '0255562'],
  ['Signal transduction and targeted therapy', 'Signal Transduct Target Ther', '2059-3635', '101676423'],
];
const MESH = [
  ['D006801', 'Humans'], ['D008297', 'Male'], ['D005260', 'Female'], ['D000328', 'Adult'], ['D008875', 'Middle Aged'],
  ['D016032', 'Randomized Controlled Trials as Topic'], ['D011565', 'Psoriasis'], ['D003924', 'Diabetes Mellitus, Type 2'],
  ['D016896', 'Treatment Outcome'], ['D004359', 'Drug Therapy, Combination'], ['D011379', 'Prognosis'], ['D018570', 'Risk Assessment'],
  ['D016019', 'Survival Analysis'], ['D006333', 'Heart Failure'], ['D003093', 'Colitis, Ulcerative'], ['D001172', 'Arthritis, Rheumatoid'],
];
const QUALIFIERS = [['Q000188', 'drug therapy'], ['Q000628', 'therapy'], ['Q000097', 'blood'], ['Q000401', 'mortality'], ['Q000175', 'diagnosis']];
const KEYWORDS = ['biologics', 'randomized controlled trial', 'efficacy', 'safety', 'hazard ratio', 'cohort', 'prognosis', 'China'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SECTIONS = [
  ['BACKGROUND', 'BACKGROUND', '背景'],
  ['METHODS', 'METHODS', '方法'],
  ['RESULTS', 'RESULTS', '结果'],
  ['CONCLUSIONS', 'CONCLUSIONS', '结论'],
];

/** One `PubmedArticle`, indented as NLM's files are. */
function article(r, pmid) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pad = (n) => String(n).padStart(2, '0');
  const date = (tag, attrs = '') => `<${tag}${attrs}><Year>${int(2019, 2024)}</Year><Month>${pad(int(1, 12))}</Month><Day>${pad(int(1, 28))}</Day></${tag}>`;
  const [journal, iso, issn, nlmId] = pick(JOURNALS);
  const a = makeAbstract(r, `a${pmid}`);
  const chinese = r() < 0.15;
  const hasAbstract = chinese || r() < 0.7;
  const structured = r() < 0.6;
  const doi = `10.3760/cma.j.cn${int(100000, 999999)}-${int(20190101, 20241231)}-${String(int(0, 999)).padStart(5, '0')}`;
  const o = [];
  o.push('  <PubmedArticle>');
  o.push(`    <MedlineCitation Status="${pick(['MEDLINE', 'PubMed-not-MEDLINE', 'In-Data-Review'])}" Owner="NLM" IndexingMethod="Automated">`);
  o.push(`      <PMID Version="1">${pmid}</PMID>`);
  o.push(`      ${date('DateCompleted')}`);
  o.push(`      ${date('DateRevised')}`);
  o.push(`      <Article PubModel="${pick(['Print', 'Print-Electronic', 'Electronic'])}">`);
  o.push('        <Journal>');
  o.push(`          <ISSN IssnType="Print">${issn}</ISSN>`);
  o.push(`          <JournalIssue CitedMedium="Print"><Volume>${int(1, 120)}</Volume><Issue>${int(1, 24)}</Issue><PubDate><Year>${int(2019, 2024)}</Year><Month>${pick(MONTHS)}</Month><Day>${pad(int(1, 28))}</Day></PubDate></JournalIssue>`);
  o.push(`          <Title>${journal}</Title>`);
  o.push(`          <ISOAbbreviation>${iso}</ISOAbbreviation>`);
  o.push('        </Journal>');
  o.push(`        <ArticleTitle>${xmlEscape(a.en.slice(a.en.indexOf(':') + 2, a.en.indexOf(',')))}: a randomized trial.</ArticleTitle>`);
  const page = int(1, 900);
  o.push(`        <Pagination><StartPage>${page}</StartPage><EndPage>${page + int(3, 12)}</EndPage><MedlinePgn>${page}-${page + int(3, 12)}</MedlinePgn></Pagination>`);
  o.push(`        <ELocationID EIdType="doi" ValidYN="Y">${doi}</ELocationID>`);
  if (hasAbstract) {
    o.push('        <Abstract>');
    o.push(...abstractTexts(r, a.enParts, structured, false));
    if (r() < 0.5) o.push(`          <CopyrightInformation>© ${int(2019, 2024)} The Author(s). Published by Elsevier &amp; Co.</CopyrightInformation>`);
    o.push('        </Abstract>');
  }
  o.push('        <AuthorList CompleteYN="Y">');
  for (let i = int(1, 5); i > 0; i--) {
    const surname = pick(SURNAMES);
    const forename = pick(FORENAMES);
    o.push('          <Author ValidYN="Y">');
    o.push(`            <LastName>${surname}</LastName>`);
    o.push(`            <ForeName>${forename}</ForeName>`);
    o.push(`            <Initials>${forename[0]}</Initials>`);
    if (r() < 0.3) o.push(`            <Identifier Source="ORCID">0000-000${int(1, 3)}-${int(1000, 9999)}-${int(1000, 9999)}</Identifier>`);
    o.push(`            <AffiliationInfo><Affiliation>${pick(PLACES)}.</Affiliation></AffiliationInfo>`);
    o.push('          </Author>');
  }
  o.push('        </AuthorList>');
  o.push(`        <Language>${chinese ? 'chi' : 'eng'}</Language>`);
  o.push('        <PublicationTypeList>');
  o.push('          <PublicationType UI="D016428">Journal Article</PublicationType>');
  if (r() < 0.3) o.push('          <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>');
  o.push('        </PublicationTypeList>');
  o.push(`        ${date('ArticleDate', ' DateType="Electronic"')}`);
  o.push('      </Article>');
  o.push(`      <MedlineJournalInfo><Country>China</Country><MedlineTA>${iso}</MedlineTA><NlmUniqueID>${nlmId}</NlmUniqueID><ISSNLinking>${issn}</ISSNLinking></MedlineJournalInfo>`);
  o.push('      <CitationSubset>IM</CitationSubset>');
  o.push('      <MeshHeadingList>');
  for (let i = int(3, 8); i > 0; i--) {
    const [ui, name] = pick(MESH);
    const major = r() < 0.2 ? 'Y' : 'N';
    if (r() < 0.4) {
      const [qui, qname] = pick(QUALIFIERS);
      o.push(`        <MeshHeading><DescriptorName UI="${ui}" MajorTopicYN="N">${name}</DescriptorName><QualifierName UI="${qui}" MajorTopicYN="${major}">${qname}</QualifierName></MeshHeading>`);
    } else o.push(`        <MeshHeading><DescriptorName UI="${ui}" MajorTopicYN="${major}">${name}</DescriptorName></MeshHeading>`);
  }
  o.push('      </MeshHeadingList>');
  if (chinese) {
    o.push('      <OtherAbstract Type="Publisher" Language="chi">');
    o.push(...abstractTexts(r, a.zhParts, structured, true));
    o.push('      </OtherAbstract>');
  } else if (hasAbstract && r() < 0.02) {
    o.push('      <OtherAbstract Type="Publisher" Language="spa">');
    o.push('        <AbstractText>Se incluyeron 120 pacientes (60 por grupo).</AbstractText>');
    o.push('      </OtherAbstract>');
  }
  o.push('      <KeywordList Owner="NOTNLM">');
  for (let i = int(2, 6); i > 0; i--) o.push(`        <Keyword MajorTopicYN="N">${pick(KEYWORDS)}</Keyword>`);
  o.push('      </KeywordList>');
  o.push('    </MedlineCitation>');
  o.push('    <PubmedData>');
  o.push('      <History>');
  for (const status of ['received', 'revised', 'accepted', 'pubmed', 'medline', 'entrez']) o.push(`        ${date('PubMedPubDate', ` PubStatus="${status}"`)}`);
  o.push('      </History>');
  o.push(`      <PublicationStatus>${pick(['ppublish', 'epublish', 'aheadofprint'])}</PublicationStatus>`);
  o.push('      <ArticleIdList>');
  o.push(`        <ArticleId IdType="pubmed">${pmid}</ArticleId>`);
  o.push(`        <ArticleId IdType="doi">${doi}</ArticleId>`);
  o.push('      </ArticleIdList>');
  const refs = r() < 0.4 ? int(4, 16) : 0;
  if (refs > 0) {
    o.push('      <ReferenceList>');
    for (let i = 0; i < refs; i++) {
      const [refJournal] = pick(JOURNALS);
      o.push('        <Reference>');
      o.push(`          <Citation>${pick(SURNAMES)} ${pick(FORENAMES)[0]}, ${pick(SURNAMES)} ${pick(FORENAMES)[0]}, et al. A study of ${pick(KEYWORDS)}. ${refJournal}. ${int(1990, 2023)};${int(1, 400)}(${int(1, 12)}):${int(1, 999)}-${int(1000, 1999)}.</Citation>`);
      o.push(`          <ArticleIdList><ArticleId IdType="pubmed">${int(10000000, 39999999)}</ArticleId></ArticleIdList>`);
      o.push('        </Reference>');
    }
    o.push('      </ReferenceList>');
  }
  o.push('    </PubmedData>');
  o.push('  </PubmedArticle>');
  return o.join('\n') + '\n';
}

/** The sentences of an abstract as `AbstractText` sections (structured) or one plain one, with some of PubMed's inline markup. */
function abstractTexts(r, sentences, structured, zh) {
  const markup = (s) => {
    let t = xmlEscape(s).replace(/P ?(&lt;|=) ?0\.0/g, (m) => (r() < 0.3 ? `<i>P</i>${m.slice(1)}` : m));
    if (!zh && r() < 0.1) t = t.replace(/\.$/, `, with titres above 10<sup>${2 + Math.floor(r() * 6)}</sup> copies/mL.`);
    return t;
  };
  const label = /^(Background|Methods|Conclusions|背景|方法|结论)[:：]/;
  if (!structured) return [`          <AbstractText>${sentences.map(markup).join(zh ? '' : ' ')}</AbstractText>`];
  const sections = [[], [], [], []];
  for (const s of sentences) {
    const head = label.exec(s)?.[1];
    const k = head === undefined ? 2 : head === 'Background' || head === '背景' ? 0 : head === 'Methods' || head === '方法' ? 1 : 3;
    sections[k].push(head === undefined ? s : s.slice(head.length + 1).trimStart());
  }
  return sections.map(
    (body, k) =>
      `          <AbstractText Label="${zh ? SECTIONS[k][2] : SECTIONS[k][0]}" NlmCategory="${SECTIONS[k][1]}">${body.map(markup).join(zh ? '' : ' ')}</AbstractText>`,
  );
}

/** Write articles until the file reaches `bytes`; resolves with the number of articles. */
export function writePubmedBaseline(path, { bytes = 200 * 1000 * 1000, seed = 1 } = {}) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    const r = rng(seed);
    let articles = 0;
    let written = 0;
    let pmid = 36000000;
    const head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n';
    const tail = '</PubmedArticleSet>\n';
    out.on('error', reject);
    out.on('finish', () => resolve(articles));
    let chunk = head;
    written = Buffer.byteLength(head);
    // Write in chunks, waiting when the disk is slower than the generator.
    const more = () => {
      for (;;) {
        const next = article(r, pmid + 1);
        const size = Buffer.byteLength(next);
        if (written + size + tail.length > bytes) break;
        pmid++;
        articles++;
        written += size;
        chunk += next;
        if (chunk.length > 1 << 20) {
          const ok = out.write(chunk);
          chunk = '';
          if (!ok) return out.once('drain', more);
        }
      }
      out.end(chunk + tail);
    };
    more();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { mb: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } } });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node bench/pubmed-baseline.js OUT.xml [--mb 200] [--seed 1]\n');
    process.exit(2);
  }
  const articles = await writePubmedBaseline(positionals[0], { bytes: Number(values.mb) * 1000 * 1000, seed: Number(values.seed) });
  process.stderr.write(`${positionals[0]}: ${articles} articles\n`);
}
