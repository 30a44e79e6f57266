/** Synthetic JATS and PubMed documents, shaped as the producers write them; the abstracts are made up. */

export const PUBMED_SET = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">
<PubmedArticleSet>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">35931686</PMID>
    <Article PubModel="Electronic">
      <ArticleTitle>Umbilical cord stem cells for psoriasis.</ArticleTitle>
      <Abstract>
        <AbstractText Label="OBJECTIVE" NlmCategory="OBJECTIVE">To evaluate umbilical cord stem cells in psoriasis.</AbstractText>
        <AbstractText Label="RESULTS" NlmCategory="RESULTS">A total of 47.1% (8/17) of the patients improved by at least 40%
          (P&lt;0.05).</AbstractText>
        <CopyrightInformation>© 2022. The Author(s).</CopyrightInformation>
      </Abstract>
      <Language>eng</Language>
    </Article>
    <OtherAbstract Type="Publisher" Language="chi">
      <AbstractText Label="目的">评价脐带干细胞治疗银屑病的效果。</AbstractText>
      <AbstractText Label="结果">共有47.1%(17/36)的患者改善至少40%(P&lt;0.05)。</AbstractText>
    </OtherAbstract>
    <CommentsCorrectionsList>
      <CommentsCorrections RefType="Cites"><RefSource>Lancet. 2020;1:1.</RefSource><PMID Version="1">11111111</PMID></CommentsCorrections>
    </CommentsCorrectionsList>
  </MedlineCitation>
  <PubmedData><ArticleIdList><ArticleId IdType="pubmed">35931686</ArticleId></ArticleIdList></PubmedData>
</PubmedArticle>
<PubmedArticle>
  <MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">
    <PMID Version="1">36000001</PMID>
    <Article PubModel="Print">
      <Abstract>
        <AbstractText>Serum levels fell to 2.5 × 10<sup>−3</sup> mol/L in 12 of 30 patients (<i>P</i> = 0.01).</AbstractText>
      </Abstract>
    </Article>
  </MedlineCitation>
</PubmedArticle>
</PubmedArticleSet>
`;

export const JATS_STRUCTURED = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article xmlns:mml="http://www.w3.org/1998/Math/MathML" xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="zh">
<front>
<article-meta>
<article-id pub-id-type="publisher-id">zhyx-2023-0412</article-id>
<article-id pub-id-type="doi">10.3760/cma.j.cn112137-20230412-00123</article-id>
<abstract xml:lang="zh">
<title>摘要</title>
<sec><title>目的</title><p>探讨脐带干细胞治疗银屑病的安全性。</p></sec>
<sec><title>结果</title>
<p>共有47.1%(17/36)的患者改善≥40%,<italic>P</italic>&lt;0.05;剂量为10<sup>6</sup>/kg。</p></sec>
</abstract>
<trans-abstract xml:lang="en">
<title>Abstract</title>
<sec><title>Objective</title><p>To explore the safety of umbilical cord stem cells in psoriasis.</p></sec>
<sec><title>Results</title>
<p>A total of 47.1% (8/17) of the patients improved by at least 40%, <italic>P</italic>&lt;0.05; the dose was 10<sup>6</sup>/kg.</p></sec>
</trans-abstract>
</article-meta>
</front>
<body><p>正文。</p></body>
</article>
`;

export const JATS_TRANSLATION = `<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article" xml:lang="en">
<front><article-meta>
<article-id pub-id-type="doi">10.1038/s41392-022-01059-y</article-id>
<article-id pub-id-type="pmid">35931686</article-id>
<abstract><p>A total of 47.1% (8/17) of the patients improved by at least 40%.</p>
<p>The efficiency was 25% (2/8) for males.</p></abstract>
</article-meta></front>
<body><p>Body text with 3/4.</p></body>
<sub-article article-type="translation" xml:lang="zh" id="sa1">
<front-stub><article-id pub-id-type="doi">10.1038/s41392-022-01059-y.zh</article-id>
<abstract><p>共有47.1%(17/36)的患者改善至少40%。</p><p>男性效率为25%(2/8)。</p></abstract>
</front-stub>
</sub-article>
<sub-article article-type="reviewer-report" id="sa2">
<front-stub><abstract><p>The reviewer counted 5/9.</p></abstract></front-stub>
</sub-article>
</article>
`;

/** Character references, CDATA, a comment and a processing instruction in a paragraph, superscripts written three ways, MathML and a TeX alternative, in CRLF lines. */
export const JATS_ENTITIES = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- exported 2024-07-01 -->',
  '<article xmlns:mml="http://www.w3.org/1998/Math/MathML">',
  '<front><article-meta><article-id pub-id-type="publisher-id">cjx&amp;2024-07</article-id>',
  '<abstract xml:lang="en"><p>Titres rose from 10<sup>6</sup> to 10<sup>&#x2212;3</sup> and 10<sup>-2</sup> copies (&quot;Smith &amp; Co&quot;<sup>a</sup>),',
  'with <![CDATA[P<0.05]]> and <inline-formula><alternatives><mml:math><mml:msup>',
  '  <mml:mn>10</mml:mn>',
  '  <mml:mn>4</mml:mn>',
  '</mml:msup></mml:math><tex-math>10^{4}</tex-math></alternatives></inline-formula> cells.</p></abstract>',
  '<trans-abstract xml:lang="zh-CN"><p>&#x4e00;&#19968;<!-- checked -->例<?proof ok?>&#x20000;,P&lt;0.05。</p></trans-abstract>',
  '</article-meta></front>',
  '</article>',
].join('\r\n');
