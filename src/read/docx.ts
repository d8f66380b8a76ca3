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
  const paragraph = (p: string) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)].map((m) => (m[2] ? (m[2] === 'tab' ? '\t' : '\n') : xmlText(m[1]!))).join('');
  const block = (x: string): string[] => {
    const out: string[] = [];
    const re = /<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g;
    for (const m of x.matchAll(re)) {
      if (m[1] !== undefined) {
        for (const row of m[1].matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)) {
          const cells = [...row[1]!.matchAll(/<w:tc\b[^>]*>([\s\S]*?)<\/w:tc>/g)].map((c) => block(c[1]!).map((l) => l.trim()).filter(Boolean));
          const height = Math.max(0, ...cells.map((c) => c.length));
          for (let k = 0; k < height; k++) out.push(cells.map((c) => c[k] ?? '').join('\t').replace(/\t+$/, ''));
        }
      } else if (m[2] !== undefined) out.push(paragraph(m[2]));
    }
    return out;
  };
  return block(xml).filter((l) => l.trim()).join('\n');
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
