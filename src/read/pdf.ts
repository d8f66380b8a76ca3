// PDF → text with pdfjs-dist (legacy build: Node 20; the parser runs in this thread, no worker file,
// no font or network fetches). Text items are taken in content-stream order, which is the reading
// order publishers write (a side box such as "Dir. 2017:29" comes after the column it sits beside),
// and grouped into lines by their baselines. Hyphenated line breaks are joined, running headers,
// footers and page numbers repeated on the pages are dropped, and `pages` holds each page's offset.
import { problem, type Problem, type ReadDocument, StageError } from '../record.js';
import { normaliseText } from './text.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  rotated: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
  /** Vertical gap to the previous line is large: a paragraph or section break. */
  gapBefore: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function toItems(raw: readonly unknown[]): Item[] {
  const items: Item[] = [];
  for (const r of raw) {
    const it = r as { str?: string; transform?: number[]; width?: number };
    if (typeof it.str !== 'string' || !it.transform || it.str === '') continue;
    const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
    items.push({
      str: it.str,
      x: e,
      y: f,
      width: it.width ?? 0,
      size: Math.hypot(c, d) || Math.hypot(a, b) || 10,
      rotated: Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1 || a < 0,
    });
  }
  // Text turned sideways (margin notes, archive stamps) is dropped unless the whole page is turned.
  const upright = items.filter((i) => !i.rotated);
  return upright.length >= items.length / 2 ? upright : items;
}

/**
 * Letter-spaced text (a letterhead set with wide tracking): pdf.js reports "S o c i a l d e p a r t e m e n t e t".
 * A column made only of single letters, six or more, separated by single spaces is one word again.
 * Its word boundaries are lost in pdf.js's text, so a column with digits or punctuation is left as it is.
 */
export function closeLetterSpacing(line: string): string {
  return line
    .split('\t')
    .map((col) => (/^\p{L}(?: \p{L}){5,}$/u.test(col) ? col.replace(/ /g, '') : col))
    .join('\t');
}

/** Group items into lines in stream order: a new line starts when the baseline moves or the text goes back left. */
function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  let cur: { parts: string; y: number; size: number; end: number } | undefined;
  const flush = () => {
    if (cur && cur.parts.trim()) lines.push({ text: closeLetterSpacing(cur.parts.replace(/\s+$/, '')), y: cur.y, size: cur.size, gapBefore: false });
    cur = undefined;
  };
  for (const it of items) {
    // pdfjs marks gaps with whitespace items as wide as the gap: the geometry below says the same.
    if (!it.str.trim()) continue;
    if (cur) {
      const sameLine = Math.abs(it.y - cur.y) < Math.max(cur.size, it.size) * 0.5 && it.x > cur.end - Math.max(cur.size, it.size) * 0.6;
      if (sameLine) {
        const gap = it.x - cur.end;
        const size = Math.max(cur.size, it.size);
        if (gap > size * 1.5 && !/\s$/.test(cur.parts)) cur.parts += '\t';
        else if (gap > size * 0.12 && !/\s$/.test(cur.parts) && !/^\s/.test(it.str)) cur.parts += ' ';
        cur.parts += it.str;
        cur.end = Math.max(cur.end, it.x + it.width);
        // A superscript or a larger first word does not move the line's baseline.
        if (it.size > cur.size) cur.size = it.size;
        continue;
      }
      flush();
    }
    cur = { parts: it.str, y: it.y, size: it.size, end: it.x + it.width };
  }
  flush();
  return markGaps(topFirst(lines));
}

/**
 * Reading order top to bottom when the producer wrote the page out of order: when everything written
 * after some point stands above everything written before it (the body after a footer written first,
 * a letterhead written last), that later part is read first — and the same again inside it. Only a
 * whole tail of the stream moves, so columns and side boxes (which reach down past the text before
 * them) keep their order.
 */
export function topFirst<T extends { y: number; size: number }>(lines: T[]): T[] {
  if (lines.length < 2 || lines.length > 5000) return lines;
  const heads: T[][] = [];
  let rest = lines;
  for (;;) {
    const n = rest.length;
    const minFrom = new Array<number>(n + 1);
    minFrom[n] = Infinity;
    for (let i = n - 1; i >= 0; i--) minFrom[i] = Math.min(minFrom[i + 1]!, rest[i]!.y);
    let maxBefore = -Infinity;
    let k = 0;
    for (let j = 1; j < n; j++) {
      maxBefore = Math.max(maxBefore, rest[j - 1]!.y);
      if (minFrom[j]! > maxBefore + rest[j]!.size) {
        k = j;
        break;
      }
    }
    if (!k) break;
    heads.push(rest.slice(0, k));
    rest = rest.slice(k);
  }
  return heads.length ? [...rest, ...heads.reverse().flat()] : lines;
}

function markGaps(lines: Line[]): Line[] {
  // Paragraph breaks: a baseline step clearly above the page's usual line spacing.
  const steps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((s) => s > 0).sort((a, b) => a - b);
  const usual = steps.length ? steps[Math.floor(steps.length / 2)]! : 0;
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1]!.y - lines[i]!.y;
    // A heading in a larger font has a larger line step of its own.
    const expected = Math.max(usual, 1.2 * Math.max(lines[i - 1]!.size, lines[i]!.size));
    lines[i]!.gapBefore = usual > 0 && (step > expected * 1.3 || step < -usual * 2);
  }
  return lines;
}

/** A line of a letterhead's address footer: "Postadress 103 33 Stockholm", "Telefonväxel 08-405 10 00", "E-post: …". */
const ADDRESS_FOOTER_LINE = /^(?:Post(?:adress)?|Besöksadress|Besök|Leveransadress|Telefon(?:växel)?|Tel\.?|Fax|Telefax|E-post|Webb(?:plats)?|Internet|www\.|Org\.?\s?nr|Organisationsnummer|\d{3}\s?\d{2}\s+\p{Lu})(?![\p{Ll}])|@/u;

/**
 * A first page's address footer (printed once, not a running footer) that a sentence runs past
 * ("… till regeringen den" / footer / "27 februari 2020.") goes after the last page, so the sentence
 * reads on. Only when the page's text before it ends mid-sentence and the next page opens in lower
 * case or with a digit; the footer's lines are kept, in their order.
 */
function moveAddressFooters(pages: Line[][]): Line[][] {
  const moved: Line[] = [];
  const out = pages.map((lines, n) => {
    const next = pages.slice(n + 1).find((p) => p.some((l) => l.text.trim()));
    if (!next) return lines;
    let start = lines.length;
    while (start > 0 && lines.length - start < 6 && ADDRESS_FOOTER_LINE.test(lines[start - 1]!.text.trim())) start--;
    if (start === lines.length || start === 0 || !lines[start]!.gapBefore) return lines;
    const before = lines.slice(0, start).filter((l) => l.text.trim()).at(-1)?.text.trim() ?? '';
    const opening = next.find((l) => l.text.trim())!.text.trim();
    if (!/[\p{L}\d,]$/u.test(before) || !/^[\p{Ll}\d]/u.test(opening)) return lines;
    moved.push(...lines.slice(start).map((l, i) => (i === 0 ? { ...l, gapBefore: true } : l)));
    return lines.slice(0, start);
  });
  if (moved.length) out[out.length - 1] = [...out[out.length - 1]!, ...moved];
  return out;
}

/** "2", "- 2 -", "2 (4)", "Sida 2 av 4", "s. 2": a page number alone on its line. */
const PAGE_NUMBER = /^[-–—(]?\s*(?:(?:sida|sid\.?|s\.|page)\s*)?\d{1,4}\s*(?:(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4}))?\s*[-–—)]?$/i;

function headerKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Drop running headers/footers (same text, digits aside, at the top or bottom of most pages) and page numbers. */
function dropRunning(pages: Line[][]): Line[][] {
  const EDGE = 2;
  const edges = (lines: Line[]) => {
    const idx = new Set<number>();
    for (let i = 0; i < Math.min(EDGE, lines.length); i++) idx.add(i);
    for (let i = Math.max(0, lines.length - EDGE); i < lines.length; i++) idx.add(i);
    return [...idx];
  };
  const count = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edges(lines).map((i) => headerKey(lines[i]!.text)));
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.5));
  // A running header that already stands at the top of the first page is read there, once: it may be the
  // only place the ministry, the date or the diary number is printed ("Socialdepartementet  2021-05-12  S2021/01234").
  // One that starts on page 2 repeats the first page's letterhead and is dropped everywhere.
  return pages.map((lines, n) => {
    const drop = new Set<number>();
    const top = new Set(lines.slice(0, EDGE).map((_, i) => i).filter((i) => i < lines.length - EDGE || lines.length > 2 * EDGE));
    for (const i of edges(lines)) {
      const t = lines[i]!.text.trim();
      const key = headerKey(t);
      if (pages.length >= 2 && PAGE_NUMBER.test(t)) drop.add(i);
      else if (pages.length >= 2 && (count.get(key) ?? 0) >= need && key.length > 0) {
        if (!(n === 0 && top.has(i) && /\d/.test(t))) drop.add(i);
      }
      else if (pages.length === 1 && /^\d{1,3}\s*\(\s*\d{1,3}\s*\)$|^sida\s+\d+\s+av\s+\d+$/i.test(t)) drop.add(i);
    }
    return lines.filter((_, i) => !drop.has(i));
  });
}

/**
 * Join a word hyphenated across a line break: the next line is joined to this one without the
 * hyphen ("Forskningsdatautred-" + "ningen (U 2016:04)" → "Forskningsdatautredningen (U 2016:04)").
 * Kept as written: a hyphen after a capital or digit ("EU-" + "kommissionen", "1990-" + "talet"),
 * before a capital, or before a conjunction ("hälso- och sjukvård").
 */
export function joinHyphens(lines: string[], breaks: boolean[] = []): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!.trimStart();
    // A hyphen-minus, a Unicode hyphen or a soft hyphen (which some producers keep in the text layer).
    if (breaks[i + 1] || !/\p{Ll}{2}[-\u2010\u00ad]$/u.test(a)) continue;
    const w = /^(\p{Ll}[\p{L}\p{N}-]*)/u.exec(b);
    if (!w || /^(?:och|eller|samt|respektive|som|till)$/.test(w[1]!)) continue;
    out[i] = '';
    out[i + 1] = a.slice(0, -1) + b;
  }
  return out;
}

/** Share of characters that are no text: private-use glyph codes, control characters, U+FFFD. */
export function garbledShare(text: string): number {
  let odd = 0;
  let all = 0;
  for (const ch of text) {
    if (ch === '\n' || ch === ' ' || ch === '\t') continue;
    all++;
    if (/[\p{Co}\p{Cc}\p{Cs}\uFFFD]/u.test(ch)) odd++;
  }
  return all ? odd / all : 0;
}

function errorName(err: unknown): string {
  return (err as { name?: string })?.name ?? '';
}

export async function readPdf(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const pdfjs = await loadPdfJs();
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const truncated = !tail.includes('%%EOF');
  const warnings: Problem[] = [];
  let doc;
  try {
    // pdfjs may transfer the buffer it gets: give it a copy, the caller still hashes `bytes`.
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      stopAtErrors: false,
      verbosity: 0,
    });
    doc = await task.promise;
  } catch (err) {
    const name = errorName(err);
    if (name === 'PasswordException') throw new StageError('pdf/encrypted', 'password-protected PDF: it cannot be read without the password');
    const detail = err instanceof Error ? err.message : String(err);
    throw new StageError('pdf/corrupt', `${truncated ? 'truncated' : 'damaged'} PDF, cannot be opened (${detail})`);
  }
  try {
    const pages: Line[][] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        const lines = toLines(toItems(content.items));
        if (!lines.length) emptyPages.push(n);
        pages.push(lines);
        page.cleanup();
      } catch (err) {
        pages.push([]);
        warnings.push(problem(path, 'read', 'pdf/page-error', `page ${n} cannot be read (${err instanceof Error ? err.message : String(err)})`, false));
      }
    }
    const kept = moveAddressFooters(dropRunning(pages));
    let text = '';
    const offsets: number[] = [];
    for (const lines of kept) {
      // A sentence running on over the page break ("senast den 31" / "mars 2023.") stays one paragraph:
      // the previous page ends without closing punctuation and this one opens in lower case.
      const opening = lines.find((l) => l.text.trim())?.text.trim() ?? '';
      if (text) text += /[\p{L}\d,]$/u.test(text) && /^\p{Ll}/u.test(opening) ? '\n' : '\n\n';
      offsets.push(text.length);
      const joined = joinHyphens(lines.map((l) => l.text), lines.map((l) => l.gapBefore));
      let first = true;
      let gap = false;
      joined.forEach((t, i) => {
        gap ||= lines[i]!.gapBefore;
        if (!t.trim()) return;
        if (!first) text += gap ? '\n\n' : '\n';
        text += t;
        first = false;
        gap = false;
      });
    }
    // Offsets are into the normalised text: NFC can shorten text before an offset, so normalise per page.
    const normalised: string[] = [];
    const starts: number[] = [];
    let at = 0;
    offsets.forEach((start, i) => {
      const chunk = normaliseText(text.slice(start, offsets[i + 1] ?? text.length));
      starts.push(at);
      normalised.push(chunk);
      at += chunk.length;
    });
    let out = normalised.join('');
    if (!out.trim()) {
      if (truncated) throw new StageError('pdf/corrupt', 'truncated PDF (no %%EOF): no text could be read');
      throw new StageError('pdf/no-text-layer', 'no text layer (scanned PDF?)');
    }
    if (!out.endsWith('\n')) out += '\n';
    if (emptyPages.length && emptyPages.length < doc.numPages) {
      warnings.push(problem(path, 'read', 'pdf/no-text-layer', `no text layer on page${emptyPages.length > 1 ? 's' : ''} ${emptyPages.join(', ')} (scanned?)`, false));
    }
    if (truncated) warnings.push(problem(path, 'read', 'pdf/truncated', 'truncated PDF (no %%EOF): the text may be incomplete', false));
    const odd = garbledShare(out);
    if (odd > 0.1) warnings.push(problem(path, 'read', 'pdf/garbled', `the text layer is ${Math.round(odd * 100)}% unreadable characters (fonts without a Unicode map?)`, false));
    return { path, format: 'pdf', encoding: 'binary', text: out, pages: starts, warnings };
  } finally {
    await doc.destroy();
  }
}
