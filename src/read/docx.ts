// .docx → text with mammoth: the document is converted to HTML (paragraphs, headings, lists, tables)
// and read by the same code as web pages, so tables become lines with tab-separated cells.
// Images are not converted; footnote markers are dropped and the footnotes follow the text.
import { type ReadDocument, StageError } from '../record.js';
import { problem, type Problem } from '../record.js';
import { htmlToText } from './html.js';

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
  const { text, titleHints } = htmlToText(`<body>${html}</body>`);
  const warnings: Problem[] = result.messages
    .filter((m) => m.type === 'error')
    .slice(0, 3)
    .map((m) => problem(path, 'read', 'docx/warning', m.message, false));
  return { path, format: 'docx', encoding: 'binary', text, titleHints, warnings };
}
