// A fast path for the Markdown reader: most Markdown in an archive is plain paragraphs under ATX
// headings ("# Rubrik"), which remark turns into exactly those lines at ~20× the cost of reading
// plain text. This accepts only sources where CommonMark cannot mean anything else, and says no
// (undefined) otherwise, so readMarkdown falls back to remark: the output is always remark's.
// tests/read/markdown-simple.test.ts compares the two on corpora and on generated sources.

/**
 * Characters that can start inline or block syntax (emphasis, code, links, HTML, entities,
 * escapes, tables, fences), tabs (indentation), other line-ish controls (\r, \v, \f) and NUL
 * (which micromark replaces). A source holding none of them has only text, headings, lists and breaks to decide.
 */
const SYNTAX = /[*_`[\]<>|\\&~\t\r\v\f\0]/;
/** An ATX heading without a closing sequence: "# Rubrik", "###". */
const HEADING = /^(#{1,6})(?: +([^#]*))?$/;
/** Lines that may open a list, a thematic break, a setext underline or a heading of another kind. */
const BLOCK_START = /^(?:[-+=#]|\d{1,9}[.)])/;

export interface SimpleHeading {
  depth: number;
  text: string;
}

/**
 * Fills `out` with the blocks' text (paragraph lines joined by "\n", heading text trimmed) and
 * `headings` with the headings, as the remark walk of markdown.ts would, and returns true; returns
 * false (leaving both to be cleared) when the source is not plain enough to be sure.
 */
export function simpleMarkdownBlocks(source: string, out: string[], headings: SimpleHeading[]): boolean {
  if (SYNTAX.test(source)) return false;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) out.push(paragraph.join('\n'));
    paragraph = [];
  };
  let pos = 0;
  while (pos <= source.length) {
    let nl = source.indexOf('\n', pos);
    if (nl < 0) nl = source.length;
    const line = source.slice(pos, nl);
    pos = nl + 1;
    if (line === '') {
      endParagraph();
      continue;
    }
    // Leading spaces may indent code or continue a list; trailing ones may make a hard break.
    if (line.charCodeAt(0) === 32 || line.charCodeAt(line.length - 1) === 32) return false;
    // BLOCK_START only where the first character can begin it (- + = # or a digit): most lines are text.
    const c0 = line.charCodeAt(0);
    if ((c0 === 0x2d || c0 === 0x2b || c0 === 0x3d || c0 === 0x23 || (c0 >= 0x30 && c0 <= 0x39)) && BLOCK_START.test(line)) {
      const h = HEADING.exec(line);
      if (!h) return false;
      endParagraph();
      const text = (h[2] ?? '').trim();
      if (text) {
        out.push(text);
        headings.push({ depth: h[1]!.length, text });
      }
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  return true;
}
