import { cell, fence, table } from './markdown.js';

export interface HelpOption {
  /** As the help writes it: `-f, --format <name>`. */
  flags: string;
  meaning: string;
}

/** How far an option line is indented at most; deeper lines continue the meaning above. */
const OPTION_INDENT = 6;

/**
 * The options of the CLI's help text, in its order. Meanings start in one column, the one
 * after the first option's flags and their gap; a flag that reaches that column stands
 * alone on its line, and lines indented deeper than an option continue its meaning.
 */
export function parseHelpOptions(help: string): HelpOption[] {
  const lines = help.split('\n');
  const start = lines.indexOf('Options:');
  if (start < 0) throw new Error('the help text has no "Options:" line');
  const block = lines.slice(start + 1);
  const end = block.findIndex((l) => l.trim() === '');
  const optionLines = end < 0 ? block : block.slice(0, end);
  const first = optionLines[0] ?? '';
  const gap = first.indexOf('  ', first.length - first.trimStart().length);
  if (gap < 0) throw new Error('the help text\'s first option has no meaning beside it');
  const column = gap + first.slice(gap).length - first.slice(gap).trimStart().length;
  const options: HelpOption[] = [];
  for (const line of optionLines) {
    const body = line.trimStart();
    if (line.length - body.length <= OPTION_INDENT) {
      const alone = line.length < column || line[column - 1] !== ' ';
      options.push(alone ? { flags: body.trimEnd(), meaning: '' } : { flags: line.slice(0, column).trim(), meaning: line.slice(column).trim() });
    } else {
      const last = options.at(-1);
      if (!last) throw new Error(`the help text continues an option before the first: "${body}"`);
      last.meaning = last.meaning ? `${last.meaning} ${body.trim()}` : body.trim();
    }
  }
  return options;
}

/** The help's lines after its option list: the exit codes. */
function helpTail(help: string): string {
  const lines = help.split('\n');
  const start = lines.indexOf('Options:');
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(end + 1).join('\n').trim();
}

/** `docs/options.md`: the option table of `zhenlint --help`, and the formats it names. */
export function optionsPage(help: string, formats: readonly string[]): string {
  const usage = help.split('\n')[0]!;
  const rows = parseHelpOptions(help).map((o) => [`\`${cell(o.flags)}\``, cell(o.meaning)]);
  const lines = [
    '# Command-line options',
    '',
    fence(usage),
    '',
    table(['option', 'meaning'], rows),
    '',
    `Output formats (\`--format\`): ${formats.map((f) => `\`${f}\``).join(', ')}; each is described in [Output formats](formats.md).`,
    '',
    `${helpTail(help)} See [Exit codes](../README.md#exit-codes).`,
  ];
  return `${lines.join('\n')}\n`;
}
