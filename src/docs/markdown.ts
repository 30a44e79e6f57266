/** A fenced code block that no backtick run inside the text can close early. */
export function fence(text: string, info = ''): string {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const bar = '`'.repeat(Math.max(3, longest + 1));
  return `${bar}${info}\n${text}\n${bar}`;
}

/** A table cell: a `|` would end the cell and a line end the row. */
export function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
