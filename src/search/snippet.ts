// A window of the original text around the best match, with the matched words' offsets.
import { stem } from './analyze.js';

export interface Snippet {
  text: string;
  start: number;
  end: number;
  highlights: { start: number; end: number }[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Find words of `text` whose stem is one of `stems` and cut a window of about `width` characters around the first cluster. */
export function makeSnippet(text: string, stems: Set<string>, width = 160): Snippet | null {
  const hits: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = stem(m[0]);
    if (stems.has(s) || [...stems].some((q) => q.length >= 4 && s.includes(q))) {
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (hits.length >= 50) break;
    }
  }
  const first = hits[0];
  if (!first) {
    const end = Math.min(text.length, width);
    return { text: text.slice(0, end).replace(/\s+/g, ' '), start: 0, end, highlights: [] };
  }
  let start = Math.max(0, first.start - Math.floor(width / 3));
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space > first.start - width / 2) start = space + 1;
  const end = Math.min(text.length, start + width);
  const highlights = hits.filter((h) => h.start >= start && h.end <= end);
  return { text: text.slice(start, end), start, end, highlights };
}
