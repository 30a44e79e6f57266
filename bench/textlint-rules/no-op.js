// A textlint rule that checks nothing: textlint still reads, parses and walks every
// document, which is the least work it does (with no rule at all it stops at once).
export default function noOp() {
  return {};
}
