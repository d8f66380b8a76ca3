// .docx → text with mammoth: the document is converted to HTML (paragraphs, headings, lists, tables)
// and read by the same code as web pages, so tables become lines with tab-separated cells.
// Images are not converted; footnote markers are dropped and the footnotes follow the text.
import { type ReadDocument, StageError } from '../record.js';
import { problem, type Problem } from '../record.js';
import { htmlToText } from './html.js';
import { readZipEntry } from './zip.js';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (XML_ENTITIES[name] ?? m),
  );
}

/** WordprocessingML paragraphs and tables → lines (cells separated by tabs). Field codes are not text. */
export function wordXmlToText(xml: string): string {
  // One pass over the tags: paragraphs, runs' text, tabs and breaks, tables (which nest), text boxes.
  // mc:Fallback repeats a text box's content for old readers: skipped, or every word would be there twice.
  const source = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  type Cell = string[];
  type Table = { rows: Cell[][]; row: Cell[] | undefined; cell: Cell | undefined };
  const out: string[] = [];
  const tables: Table[] = [];
  const paragraphs: string[] = [];
  const emit = (line: string) => {
    const t = tables.at(-1);
    if (t?.cell) t.cell.push(line);
    else out.push(line);
  };
  const re = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr)\b[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const [, close, tag, selfClosing] = m;
    if (tag === 't') {
      if (close || selfClosing) continue;
      const end = source.indexOf('</w:t>', re.lastIndex);
      if (end < 0) break;
      if (paragraphs.length) paragraphs[paragraphs.length - 1] += xmlText(source.slice(re.lastIndex, end));
      re.lastIndex = end + 6;
    } else if (tag === 'tab' || tag === 'br' || tag === 'cr') {
      if (!close && paragraphs.length) paragraphs[paragraphs.length - 1] += tag === 'tab' ? '\t' : '\n';
    } else if (tag === 'p') {
      if (selfClosing) continue;
      if (!close) paragraphs.push('');
      else if (paragraphs.length) emit(paragraphs.pop()!);
    } else if (tag === 'tbl') {
      if (!close) tables.push({ rows: [], row: undefined, cell: undefined });
      else {
        const t = tables.pop();
        if (!t) continue;
        for (const row of t.rows) {
          const cells = row.map((c) => c.flatMap((l) => l.split('\n')).map((l) => l.trim()).filter(Boolean));
          const height = Math.max(0, ...cells.map((c) => c.length));
          for (let k = 0; k < height; k++) emit(cells.map((c) => c[k] ?? '').join('\t').replace(/\t+$/, ''));
        }
      }
    } else if (tag === 'tr') {
      const t = tables.at(-1);
      if (!t || selfClosing) continue;
      if (!close) t.row = [];
      else if (t.row) {
        t.rows.push(t.row);
        t.row = undefined;
      }
    } else if (tag === 'tc') {
      const t = tables.at(-1);
      if (!t || selfClosing) continue;
      if (!close) t.cell = [];
      else if (t.cell) {
        (t.row ??= []).push(t.cell);
        t.cell = undefined;
      }
    }
  }
  return out.filter((l) => l.trim()).join('\n');
}

/**
 * The page header of the document's first page: letterheads put the decision date and diary numbers
 * there ("Regeringsbeslut I:3 / 2021-03-04 / S2021/01234"). mammoth reads only the body.
 */
function firstPageHeader(bytes: Uint8Array): string {
  try {
    const doc = readZipEntry(bytes, 'word/document.xml');
    const rels = readZipEntry(bytes, 'word/_rels/document.xml.rels');
    if (!doc || !rels) return '';
    const xml = new TextDecoder().decode(doc);
    const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0];
    if (!sect) return '';
    const titlePage = /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/.test(sect);
    const refs = new Map([...sect.matchAll(/<w:headerReference\b[^>]*>/g)].map((m) => [/w:type="(\w+)"/.exec(m[0])?.[1] ?? 'default', /r:id="([^"]+)"/.exec(m[0])?.[1]]));
    const id = (titlePage ? refs.get('first') : undefined) ?? refs.get('default');
    if (!id) return '';
    const relsXml = new TextDecoder().decode(rels);
    const rel = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`));
    const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
    if (!target) return '';
    const part = readZipEntry(bytes, target.startsWith('/') ? target.slice(1) : `word/${target}`);
    return part ? wordXmlToText(new TextDecoder().decode(part)) : '';
  } catch {
    return ''; // a damaged header never costs the body
  }
}

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Rubrik'] => h1:fresh", "p[style-name='Rubrik 1'] => h1:fresh", "p[style-name='Rubrik 2'] => h2:fresh"];

export async function readDocx(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const { default: mammoth } = await import('mammoth');
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeDefaultStyleMap: true,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    throw new StageError('docx/corrupt', `damaged .docx file, cannot be read (${detail})`);
  }
  const html = result.value
    // Footnote/endnote markers in the text ("[1]") and the back links ("↑") after each note.
    .replace(/<sup><a href="#(?:foot|end)note-\d+"[^>]*>\[\d+\]<\/a><\/sup>/g, '')
    .replace(/\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, '');
  const body = htmlToText(`<body>${html}</body>`);
  const header = firstPageHeader(bytes).trim();
  const text = header ? `${header}\n\n${body.text}` : body.text;
  const titleHints = body.titleHints;
  const warnings: Problem[] = result.messages
    .filter((m) => m.type === 'error')
    .slice(0, 3)
    .map((m) => problem(path, 'read', 'docx/warning', m.message, false));
  return { path, format: 'docx', encoding: 'binary', text, titleHints, warnings };
}
