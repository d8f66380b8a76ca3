// HTML → the text a reader sees: the main content (<main> when the page has one), without scripts,
// styles, navigation, page headers/footers, cookie banners and hidden elements. Block elements become
// lines (hast-util-to-text follows the innerText algorithm: <p> gets a blank line, table cells a tab),
// <pre> and text the site shows pre-wrapped keep their own line breaks. <h1> and <title> are title hints.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { type ReadDocument } from '../record.js';
import { problem } from '../record.js';
import { bomOf } from './sniff.js';
import { decodeText, normaliseText } from './text.js';

const parser = unified().use(rehypeParse);

/** Elements that never hold document text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'input', 'textarea', 'nav', 'dialog', 'menu', 'head',
]);
/** ARIA landmarks of site chrome. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/** class/id tokens of site chrome: navigation, menus, breadcrumbs, skip links, cookie/consent banners, pop-ups. */
const CHROME_TOKEN =
  /^(?:nav|navbar|nav-?bar|navigation|main-?nav[-\w]*|nav[-_][-\w]+|menu|main-?menu|mega-?menu|site-?menu|breadcrumbs?|skip-?link[-\w]*|skip-?to[-\w]*|cookie[-\w]*|cookies?[-_][-\w]+|[-\w]*[-_]cookies?[-\w]*|consent[-\w]*|[-\w]*[-_]consent[-\w]*|gdpr[-\w]*|popup[-\w]*|modal|share|social|social[-_][-\w]+|site-?header|site-?footer|page-?header|page-?footer|global-?header|global-?footer)$/i;
/** Page-level header/footer (not inside the article): the same tokens as a class or id. */
const HEADER_FOOTER_TOKEN = /^(?:header|footer)$/i;
/** A class the site's stylesheet shows pre-wrapped (we do not load stylesheets). */
const PRE_CLASS = /^(?:pre|preformatted|pre-?wrap|plain-?text|body-text|fixed-?text)$/i;

function tokens(el: Element): string[] {
  const cls: unknown = el.properties?.className;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
  const id = el.properties?.id;
  if (typeof id === 'string') list.push(id);
  return list;
}

function styleOf(el: Element): string {
  const s = el.properties?.style;
  return typeof s === 'string' ? s.toLowerCase() : '';
}

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (String(p.ariaHidden) === 'true') return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/.test(styleOf(el));
}

function isChrome(el: Element, inArticle: boolean): boolean {
  if (DROP_TAGS.has(el.tagName)) return true;
  if (isHidden(el)) return true;
  const role = el.properties?.role;
  if (typeof role === 'string' && DROP_ROLES.has(role.toLowerCase())) return true;
  const toks = tokens(el);
  const chrome = toks.some((t) => CHROME_TOKEN.test(t)) || (!inArticle && (el.tagName === 'header' || el.tagName === 'footer' || toks.some((t) => HEADER_FOOTER_TOKEN.test(t))));
  // A block named like chrome that holds the page's <h1> ("page-header" around the title) is content.
  return chrome && !holdsH1(el);
}

function holdsH1(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'h1' || holdsH1(c)));
}

/** A text that keeps its own line structure: several lines, most starting at the margin (not source indentation). */
function looksPreWrapped(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim());
  if (lines.length < 3) return false;
  const flush = lines.filter((l) => !/^[ \t]/.test(l)).length;
  return flush / lines.length >= 0.6;
}

const PRE_CONTAINERS = new Set(['div', 'td', 'th', 'section', 'article', 'main', 'body', 'blockquote', 'center']);

function isPreWrap(el: Element): boolean {
  if (/white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b/.test(styleOf(el))) return true;
  if (tokens(el).some((t) => PRE_CLASS.test(t))) return true;
  // Text straight inside a container (not a <p> or heading, whose source lines a browser joins).
  if (!PRE_CONTAINERS.has(el.tagName)) return false;
  return el.children.some((c) => c.type === 'text' && looksPreWrapped(c.value));
}

/** Remove chrome in place; wrap pre-wrapped content in a <pre> so the text algorithm keeps its line breaks. */
function clean(parent: Root | Element, inArticle: boolean, inPre: boolean): void {
  const kept: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    if (isChrome(child, inArticle)) continue;
    const article = inArticle || child.tagName === 'main' || child.tagName === 'article' || child.properties?.role === 'main';
    const pre = inPre || child.tagName === 'pre';
    clean(child, article, pre);
    if (!pre && isPreWrap(child)) {
      child.children = [{ type: 'element', tagName: 'pre', properties: { wrap: 'wrap' }, children: child.children }];
    } else if (/^h[1-6]$/.test(child.tagName)) {
      // A heading stands apart like a paragraph (blank lines around it), so it never runs into the next line.
      child.children = [{ type: 'element', tagName: 'p', properties: {}, children: child.children }];
    }
    kept.push(child);
  }
  parent.children = kept as typeof parent.children;
}

const CELL_TAGS = new Set(['td', 'th']);

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') rows.push(...rowsOf(c));
  }
  return rows;
}

/**
 * A table as lines: a row's cells side by side, separated by tabs; a cell of several paragraphs
 * gives several lines, its neighbours' lines beside them (like a printed page). A layout table
 * whose cells hold whole texts is read cell after cell instead.
 */
function tableAsText(table: Element): string {
  const out: string[] = [];
  for (const row of rowsOf(table)) {
    const cells = row.children
      .filter((c): c is Element => c.type === 'element' && CELL_TAGS.has(c.tagName))
      .map((c) => toText(c).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
    if (!cells.some((c) => c.length)) continue;
    if (cells.some((c) => c.length > 8)) {
      for (const c of cells) if (c.length) out.push(c.join('\n'), '');
      continue;
    }
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(cells.map((c) => c[k] ?? '').join('\t').replace(/\t+$/, ''));
  }
  return out.join('\n');
}

/** Replace tables (innermost first) by their text as lines, kept as pre-formatted text. */
function flattenTables(node: Root | Element): void {
  node.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    flattenTables(child);
    if (child.tagName === 'table') {
      node.children[i] = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: tableAsText(child) }] };
    }
  });
}

function findAll(node: Root | Element, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) out.push(child);
    else findAll(child, test, out);
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The heading's own words, without a label tucked inside it ("… <span>ID-nummer: SOU 2017:66</span>"). */
function headingHints(h: Element): string[] {
  const full = oneLine(toText(h));
  const first = h.children[0];
  const only = h.children.length === 1 && first?.type === 'element' && first.tagName === 'p' ? first : h;
  const own = oneLine(only.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !/^[^:]{1,30}:\s/.test(oneLine(toText(c))) ? toText(c) : ' ')).join(''));
  return own && own !== full && own.length >= full.length / 2 ? [own, full] : [full];
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const CHARSET_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Bytes → string: BOM, then <meta charset>, then UTF-8 validity, then Windows-1252. */
async function decodeHtml(bytes: Uint8Array): Promise<{ html: string; encoding: string; note?: string }> {
  if (!bomOf(bytes)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = CHARSET_META.exec(head)?.[1]?.toLowerCase();
    // A page saved as UTF-8 that still declares its old charset: valid UTF-8 with non-ASCII text wins.
    if (declared && !/^utf-?8$/.test(declared) && !isUtf8WithNonAscii(bytes)) {
      const { default: iconv } = await import('iconv-lite');
      const name = declared === 'iso-8859-1' || declared === 'latin1' || declared === 'us-ascii' ? 'windows-1252' : declared;
      if (iconv.encodingExists(name)) {
        return { html: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name), encoding: name };
      }
    }
  }
  const { text, encoding, note } = await decodeText(bytes);
  return { html: text, encoding, note };
}

/** Parsed HTML → text and title hints (also used for the HTML that mammoth makes of a .docx). */
export function htmlToText(html: string): { text: string; titleHints: string[] } {
  const tree = parser.parse(html) as Root;
  const titleEl = findAll(tree, (el) => el.tagName === 'title')[0];
  const pageTitle = titleEl ? oneLine(toText(titleEl, { whitespace: 'normal' })) : '';
  clean(tree, false, false);
  flattenTables(tree);
  const mains = findAll(tree, (el) => el.tagName === 'main' || el.properties?.role === 'main');
  const main = mains.find((m) => oneLine(toText(m)).length >= 200);
  const h1s = findAll(tree, (el) => el.tagName === 'h1');
  let text = toText(main ?? tree);
  // A page title (<h1>) placed above <main> still belongs to the document.
  const outside = main ? h1s.filter((h) => !findAll(main, (el) => el === h).length) : [];
  if (outside.length && main && !findAll(main, (el) => el.tagName === 'h1').length) text = outside.map((h) => oneLine(toText(h))).join('\n') + '\n\n' + text;
  text = normaliseText(text)
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  if (text && !text.endsWith('\n')) text += '\n';
  const titleHints = [...h1s.flatMap(headingHints), ...(pageTitle ? [pageTitle] : [])].filter((h, i, a) => h && a.indexOf(h) === i);
  return { text, titleHints };
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', bull: '•', middot: '·',
  sect: '§', para: '¶', copy: '©', reg: '®', deg: '°', euro: '€', pound: '£', times: '×', frac12: '½',
  aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', eacute: 'é', Eacute: 'É', egrave: 'è', uuml: 'ü', Uuml: 'Ü',
  aacute: 'á', oacute: 'ó', iacute: 'í', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
};

function decodeEntities(s: string): string {
  return s.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (m, hex: string, dec: string, name: string) => {
    const cp = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return NAMED[name] ?? m;
  });
}

/** Above this size the HTML tree would cost seconds and gigabytes: tags are stripped in one pass instead. */
export const FAST_HTML_BYTES = 4 * 1024 * 1024;

const DROP_BLOCKS = /<(script|style|head|noscript|template|svg|nav|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|section|article|main|aside|header|footer|blockquote|pre|hr|form|fieldset|address|figure|figcaption|caption|center)\b[^>]*>/gi;

/** Large HTML as text without a tree: chrome blocks dropped, block tags as line breaks, cells as tabs. */
export function htmlToTextFast(html: string): { text: string; titleHints: string[] } {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const hint = (s: string | undefined) => (s ? oneLine(decodeEntities(s.replace(/<[^>]*>/g, ' '))) : '');
  let t = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROP_BLOCKS, '');
  t = t.replace(/[ \t\r\n]{2,}|[\t\r\n]/g, ' '); // only runs and line breaks: touching every space costs seconds
  t = t.replace(/<br\b[^>]*>/gi, '\n').replace(/<\/t[dh]\s*>/gi, '\t').replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, '');
  const text = normaliseText(decodeEntities(t))
    .split('\n')
    .map((l) => l.replace(/^ +|[ \t\u00a0]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  return { text: text && !text.endsWith('\n') ? `${text}\n` : text, titleHints: [hint(h1), hint(title)].filter(Boolean) };
}

export async function readHtml(path: string, bytes: Uint8Array): Promise<ReadDocument> {
  const { html, encoding, note } = await decodeHtml(bytes);
  const fast = bytes.length > FAST_HTML_BYTES;
  const { text, titleHints } = fast ? htmlToTextFast(html) : htmlToText(html);
  const warnings = note ? [problem(path, 'read', 'read/encoding', note, false)] : [];
  if (fast) warnings.push(problem(path, 'read', 'html/large', `large HTML file (${(bytes.length / 1048576).toFixed(1)} MB): read by stripping tags, without page-layout analysis`, false));
  return { path, format: 'html', encoding, text, titleHints, warnings };
}
