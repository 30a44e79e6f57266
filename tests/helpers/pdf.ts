/**
 * Small PDF files written object by object, for what no producer makes on demand: text
 * in a font that is not embedded (read through the CMaps), an encrypted file, many pages.
 * The article fixtures in tests/fixtures/article/ are the real producer's files.
 */

/** One line of text on a page: its font (`latin`: Helvetica; `chinese`: STSong-Light, not embedded, codes in UCS-2), size and baseline. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
  font?: 'latin' | 'chinese';
}

const ucs2 = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
const latin = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function contentStream(lines: PdfLine[]): string {
  return lines
    .map((l) => `BT /${l.font === 'chinese' ? 'F2' : 'F1'} ${l.size ?? 12} Tf ${l.x} ${l.y} Td ${l.font === 'chinese' ? `<${ucs2(l.text)}>` : latin(l.text)} Tj ET`)
    .join('\n');
}

/** The file's bytes: a catalog, the pages, the two fonts, each page's content; `encrypt` adds a standard security handler no empty password opens. */
export function pdfBytes(pages: PdfLine[][], options: { encrypt?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, i) => 7 + 2 * i);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor 6 0 R >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  for (const [i, lines] of pages.entries()) {
    const fonts = '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>';
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${fonts} /Contents ${pageIds[i]! + 1} 0 R >>`);
    const content = contentStream(lines);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  let encrypt = '';
  if (options.encrypt) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`;
  }
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
