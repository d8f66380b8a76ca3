// Markdown → plain lines: remark-parse gives the structure; headings, paragraphs, list items and
// table rows become lines, emphasis/links/code marks are removed. Soft line breaks inside a
// paragraph stay line breaks: documents saved as Markdown keep their one-fact-per-line layout.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { simpleMarkdownBlocks } from './markdown-simple.js';

const parser = unified().use(remarkParse);

/** Inline content as text (emphasis, links, inline code unwrapped; inline HTML tags dropped). */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function blocks(node: Nodes, out: string[], headings: { depth: number; text: string }[]): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) blocks(child, out, headings);
      return;
    case 'heading': {
      const text = inline(node).trim();
      if (text) {
        out.push(text);
        headings.push({ depth: node.depth, text });
      }
      return;
    }
    case 'paragraph':
      out.push(inline(node));
      return;
    case 'code':
      out.push(node.value);
      return;
    case 'html': {
      const text = node.value.replace(/<[^>]*>/g, '').trim();
      if (text) out.push(text);
      return;
    }
    case 'table':
      out.push(node.children.map((row) => row.children.map((cell) => inline(cell).trim()).join('\t')).join('\n'));
      return;
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) blocks(child, out, headings);
      else if ('value' in node && typeof node.value === 'string') out.push(node.value);
  }
}

export interface MarkdownText {
  text: string;
  titleHints: string[];
}

/** `source` is already decoded and normalised (LF line ends, NFC). */
/** YAML front matter ("---\ntitle: …\ndate: …\n---"): its lines are kept as plain lines, the fences dropped. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]{0,4000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function readMarkdown(input: string): MarkdownText {
  const front = FRONT_MATTER.exec(input);
  const source = front ? input.slice(front[0].length) : input;
  const frontLines = front ? front[1]!.split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const out: string[] = [];
  const headings: { depth: number; text: string }[] = [];
  // Plain paragraphs and headings need no parser (same result, ~20× faster); anything else goes to remark.
  if (!simpleMarkdownBlocks(source, out, headings)) {
    out.length = headings.length = 0;
    blocks(parser.parse(source) as Root, out, headings);
  }
  if (frontLines.length) out.unshift(frontLines.join('\n'));
  const joined = out.join('\n\n');
  // Runs of blank lines are rare: the replace (a copy of the whole text) only where one is.
  const text = (joined.includes('\n\n\n') ? joined.replace(/\n{3,}/g, '\n\n') : joined) + '\n';
  // The top heading first, then the next level: the title extractor takes the first hint it finds in the text.
  const titleHints = [...headings].sort((a, b) => a.depth - b.depth).slice(0, 3).map((h) => h.text.replace(/\s*\n\s*/g, ' '));
  return { text, titleHints };
}

/** Above this size remark's tree costs minutes and gigabytes: marks are stripped line by line instead. */
export const FAST_MARKDOWN_CHARS = 4 * 1024 * 1024;

/** Large Markdown without a parser: heading, quote and list marks, emphasis, code ticks and link targets removed. */
export function readMarkdownFast(source: string): MarkdownText {
  const titleHints: string[] = [];
  const text = source
    .split('\n')
    .map((line) => {
      const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
      let l = heading ? heading[2]! : line.replace(/^ {0,3}(?:>[ \t]?)+/, '').replace(/^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+/, '').replace(/^ +/, '');
      l = l
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^\n*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1');
      if (heading && titleHints.length < 3) titleHints.push(l.trim());
      return l;
    })
    .join('\n');
  return { text: text.endsWith('\n') ? text : `${text}\n`, titleHints };
}
