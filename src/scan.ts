// Finding where a pattern can match without trying it at every position of a text: sticky copies
// tried at chosen starts, and the starts of the lines that hold a literal the match needs; and the
// character tests and clean-ups that replace a regex scan where most strings need none. Shared by
// the classifier, the extractors and src/swedish (each picks its own literals).

/** A sticky copy of a pattern (its g flag dropped), to try it at a chosen position with lastIndex. */
export function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}y`);
}

/** \n, \r, U+2028, U+2029: the characters after which a multiline `^` matches. */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The start of the line holding each position of `at` (ascending), one for each. Walking back from
 * a position stops at the previous one: a line holding many of them is walked once.
 */
export function lineStartsAt(text: string, at: readonly number[]): number[] {
  const starts = new Array<number>(at.length);
  let previousAt = -1;
  let previousStart = 0;
  for (let k = 0; k < at.length; k++) {
    const q = at[k]!;
    let s = q;
    while (s > 0 && s > previousAt && !isLineTerminator(text.charCodeAt(s - 1))) s--;
    // reaching the previous position first, the line is the previous one's
    const start = previousAt >= 0 && s === previousAt ? previousStart : s;
    starts[k] = start;
    previousAt = q;
    previousStart = start;
  }
  return starts;
}

/** What `\s` matches. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ')`, without building a new string when all its white space is already single spaces (most headings and titles). */
export function singleSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhiteSpace(c) && (c !== 32 || isWhiteSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/**
 * Soft hyphens (U+00AD) are invisible in print but split words in web text ("Social\u00addepartementet").
 * `s.replace(/\u00ad/g, '')`: a one-character search is far cheaper than the replace's scan, and most strings hold no soft hyphen.
 */
export function withoutSoftHyphens(s: string): string {
  return s.includes('\u00ad') ? s.replace(/\u00ad/g, '') : s;
}
