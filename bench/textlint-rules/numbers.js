// A textlint rule that scans numbers, as a bilingual checker must at the least: it finds
// every number in each paragraph and reports a number of a Chinese paragraph that no
// English paragraph of the document states.
const NUMBER = /\d+(?:[.,]\d+)*/g;
const HAN = /\p{Script=Han}/u;

export default function numbers(context) {
  const { Syntax, RuleError, report, getSource } = context;
  const english = new Set();
  const chinese = [];
  return {
    [Syntax.Paragraph](node) {
      const text = getSource(node);
      const zh = HAN.test(text);
      for (const m of text.matchAll(NUMBER)) {
        if (zh) chinese.push({ node, value: m[0], index: m.index });
        else english.add(m[0]);
      }
    },
    [`${Syntax.Document}:exit`]() {
      for (const { node, value, index } of chinese) {
        if (!english.has(value)) report(node, new RuleError(`${value} is not in the English`, { index }));
      }
    },
  };
}
