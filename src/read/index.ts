// bytes → ReadDocument. The reader is chosen by sniffing the content first, the extension second.
// Heavy libraries (pdfjs, mammoth, unified) are imported inside each reader, so commands that read
// nothing (search, stats) never load them.
import { extname } from 'node:path';
import { type Format, problem, type ReadDocument, StageError } from '../record.js';
import { formatFromExtension, sniff } from './sniff.js';
import { decodeAsWindows1252, decodeTextUnlessWindows1252, normaliseText } from './text.js';

export { formatFromExtension } from './sniff.js';

function extOf(path: string): string {
  return extname(path).toLowerCase() || '(no extension)';
}

/** The Markdown module once imported: each import() of a loaded module still costs a resolve (~10 µs) and a promise. */
let markdownModule: typeof import('./markdown.js') | undefined;

async function readPlain(path: string, bytes: Uint8Array, format: Format): Promise<ReadDocument> {
  // Awaited only for Windows-1252 (its decoder is imported): a promise per file costs more than the rest of a small one.
  const { text: raw, encoding, note } = decodeTextUnlessWindows1252(bytes) ?? (await decodeAsWindows1252(bytes));
  const warnings = note ? [problem(path, 'read', 'read/encoding', note, false)] : [];
  if (format === 'md') {
    const { FAST_MARKDOWN_CHARS, readMarkdown, readMarkdownFast } = markdownModule ?? (markdownModule = await import('./markdown.js'));
    const source = normaliseText(raw);
    if (source.length <= FAST_MARKDOWN_CHARS) return { ...readMarkdown(source), path, format, encoding, warnings };
    warnings.push(problem(path, 'read', 'md/large', `large Markdown file (${(bytes.length / 1048576).toFixed(1)} MB): marks stripped line by line, without a Markdown parser`, false));
    return { ...readMarkdownFast(source), path, format, encoding, warnings };
  }
  return { path, format, encoding, text: normaliseText(raw), warnings };
}

async function dispatch(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const ext = extOf(path);
  const byExt = formatFromExtension(path);
  switch (sniff(bytes)) {
    case 'empty':
      throw new StageError('read/empty', 'file is empty (0 bytes)');
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(path, bytes);
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return readDocx(path, bytes);
    }
    case 'zip':
      if (byExt === 'docx') throw new StageError('docx/not-word', 'a zip archive without word/document.xml: not a Word .docx file');
      throw new StageError('read/unsupported-format', `a zip archive, not a document (${ext})`);
    case 'ole': {
      const { readDoc } = await import('./doc.js');
      return readDoc(path, bytes);
    }
    case 'rtf': {
      // Word saves RTF under a .doc name; a .txt may be one too. (.rtf files are not walked.)
      const { rtfToText } = await import('./rtf.js');
      const { text, codePage } = await rtfToText(bytes);
      const format: Format = byExt === 'doc' || byExt === 'docx' ? 'doc' : 'txt';
      const out = normaliseText(text);
      return { path, format, encoding: codePage, text: out && !out.endsWith('\n') ? `${out}\n` : out, warnings: [] };
    }
    case 'binary':
      if (byExt === 'pdf' || byExt === 'docx' || byExt === 'doc') {
        throw new StageError(`${byExt}/corrupt`, `not a ${byExt.toUpperCase()} file: the content is other binary data`);
      }
      throw new StageError('read/binary', `binary content, not text, in a ${ext} file`);
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(path, bytes);
    }
    case 'text':
      if (byExt === 'pdf' || byExt === 'docx' || byExt === 'doc') {
        throw new StageError(`${byExt}/corrupt`, `not a ${byExt.toUpperCase()} file: the content is plain text`);
      }
      if (byExt === 'html') {
        const { readHtml } = await import('./html.js');
        return readHtml(path, bytes);
      }
      if (byExt === 'txt' || byExt === 'md') return readPlain(path, bytes, byExt);
      throw new StageError('read/unsupported-format', `unsupported format: ${ext}`);
  }
}

export async function readDocument(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const doc = await dispatch(path, bytes);
  if (!doc.text.trim()) {
    if (doc.format === 'pdf') throw new StageError('pdf/no-text-layer', 'no text layer (scanned PDF?)');
    throw new StageError('read/empty', doc.format === 'txt' || doc.format === 'md' ? 'file holds no text' : `the ${doc.format.toUpperCase()} file holds no text`);
  }
  return doc;
}
