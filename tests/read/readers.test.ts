// Each reader on its own: what it keeps of the layout, what it drops, which title hints it gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { wordControlToText } from '../../src/read/doc.js';
import { wordXmlToText } from '../../src/read/docx.js';
import { FAST_HTML_BYTES, htmlToTextFast } from '../../src/read/html.js';
import { FAST_MARKDOWN_CHARS, readMarkdown, readMarkdownFast } from '../../src/read/markdown.js';
import { closeLetterSpacing, garbledShare, joinHyphens, topFirst } from '../../src/read/pdf.js';
import { ROOT } from '../helpers/cli.js';

const FIX = join(ROOT, 'fixtures/formats');
const read = (name: string, content: string | Uint8Array) => readDocument(name, typeof content === 'string' ? Buffer.from(content) : content);
const fixture = (rel: string) => readDocument(join(FIX, rel), readFileSync(join(FIX, rel)));

describe('HTML reader', () => {
  const page = (body: string, head = '') => `<!DOCTYPE html><html><head><title>Sidans titel - Regeringen.se</title>${head}</head><body>${body}</body></html>`;
  const rows: { name: string; html: string; has: string[]; hasNot?: string[] }[] = [
    {
      name: 'scripts, styles, nav, site header/footer and cookie banners are dropped',
      html: page(`<div id="cookie-banner">Vi använder kakor</div><header><a>Startsida</a></header><nav>Meny Press</nav>
        <main><h1>Rubrik</h1><p>Stockholm den 1 mars 2021</p><script>var d = "1 april 2020"</script><style>p{}</style></main>
        <footer>Kontakta oss 08-405 10 00</footer>`),
      has: ['Rubrik', 'Stockholm den 1 mars 2021'],
      hasNot: ['kakor', 'Startsida', 'Meny', 'Kontakta', '1 april 2020', 'p{}'],
    },
    {
      name: 'a header inside the article is kept (it holds the title and date)',
      html: page(`<nav>Meny</nav><article><header><h1>Nyhet</h1><p>Publicerad 3 maj 2022</p></header><p>Text.</p></article>`),
      has: ['Nyhet', 'Publicerad 3 maj 2022', 'Text.'],
    },
    {
      name: 'a block named like chrome that holds the <h1> is kept',
      html: page(`<div class="page-header"><h1>Beslut om bidrag</h1><p>Publicerad 3 maj 2022</p></div><div class="nav-links">Nästa sida</div><p>Text.</p>`),
      has: ['Beslut om bidrag', 'Publicerad 3 maj 2022', 'Text.'],
      hasNot: ['Nästa sida'],
    },
    {
      name: 'hidden elements are dropped',
      html: page(`<p hidden>Dold 1</p><p style="display: none">Dold 2</p><p aria-hidden="true">Dold 3</p><p>Synlig</p>`),
      has: ['Synlig'],
      hasNot: ['Dold'],
    },
    {
      name: 'block elements are lines, inline elements are not',
      html: page(`<p>Dnr <strong>S2021/00128</strong> och <em>S2021/00267</em></p><div>Andra raden</div><ul><li>ett</li><li>två</li></ul>`),
      has: ['Dnr S2021/00128 och S2021/00267\n', '\nAndra raden\n', 'ett\ntvå'],
    },
    {
      name: 'entities are decoded',
      html: page(`<p>Kommitt&eacute;direktiv &amp; f&#246;rordning&nbsp;(2008:344) &#8211; &#x2013;</p>`),
      has: ['Kommittédirektiv & förordning\u00a0(2008:344) – –'],
    },
    {
      name: '<pre> and a pre-wrapped body text keep their lines; source indentation does not',
      html: page(`<pre>Rad ett
  Rad två</pre><div class="body-text">Beslut vid regeringssammanträde den 1 september 2005.
Sammanfattning
Utredningen ska redovisa
senast den 31 december 2005.
</div><p>
        Indragen
        källkod</p><p class=MsoNormal>Ett stycke som Word
bröt i källan
på flera
rader</p>`),
      has: ['Rad ett\n  Rad två', 'den 1 september 2005.\nSammanfattning\nUtredningen ska redovisa\nsenast den 31 december 2005.', 'Indragen källkod', 'Ett stycke som Word bröt i källan på flera rader'],
    },
    {
      name: 'a table is lines of tab-separated cells; a cell of several paragraphs gives several lines',
      html: page(`<table><tr><td>Regeringsbeslut</td><td>3</td></tr><tr><td><p>Socialdepartementet</p></td><td><p>2021-03-04</p><p>S2021/01234</p></td></tr></table>`),
      has: ['Regeringsbeslut\t3\nSocialdepartementet\t2021-03-04\n\tS2021/01234'],
    },
    {
      name: 'only <main> when the page has one',
      html: page(`<div class="sidebar">Relaterat 1 januari 2019</div><main><p>${'Innehåll. '.repeat(30)}</p></main>`),
      has: ['Innehåll.'],
      hasNot: ['Relaterat'],
    },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const doc = await read('sida.html', row.html);
      expect(doc.format).toBe('html');
      for (const s of row.has) expect(doc.text).toContain(s);
      for (const s of row.hasNot ?? []) expect(doc.text).not.toContain(s);
    });
  }

  it('<h1> (without a label inside it) then <title> are title hints', async () => {
    const doc = await read('sida.html', page('<main><h1>Dataskydd inom Socialdepartementets område <span>ID-nummer: SOU 2017:66</span></h1></main>'));
    expect(doc.titleHints).toEqual(['Dataskydd inom Socialdepartementets område', 'Dataskydd inom Socialdepartementets område ID-nummer: SOU 2017:66', 'Sidans titel - Regeringen.se']);
  });

  it('a declared Windows-1252 charset is honoured', async () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x96, 0x20, 0xe5, 0xe4, 0xf6]), Buffer.from('</p></body></html>')]);
    const doc = await read('gammal.htm', bytes);
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toContain('– åäö');
  });

  it('a page saved as UTF-8 that still declares ISO-8859-1 is read as UTF-8', async () => {
    const doc = await read('sparad.html', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Förordning – åäö</p></body></html>');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toContain('Förordning – åäö');
  });

  it('a very large page is read without a tree: the body text is all there, scripts and styles are not', async () => {
    const html = readFileSync(join(FIX, 'docs/regeringsbeslut.html'), 'utf8');
    const { text, titleHints } = htmlToTextFast(html);
    const txt = readFileSync(join(FIX, 'docs/regeringsbeslut.txt'), 'utf8');
    for (const line of txt.split('\n').filter(Boolean)) expect(text).toContain(line.replace(/\t/g, '\t'));
    expect(text).not.toMatch(/dataLayer|console\.log|font-family/);
    expect(titleHints[0]).toBe('Uppdrag att stödja omställningen av små och medelstora företag');
    const big = Buffer.from(html.replace('<main id="content">', `<main id="content"><!-- ${'x'.repeat(FAST_HTML_BYTES)} -->`));
    const doc = await read('stor.html', big);
    expect(doc.warnings.map((w) => w.code)).toEqual(['html/large']);
    expect(doc.text).toContain('KN2022/04410 (delvis)');
  });

  it('HTML is HTML whatever the extension, and a .html fragment without <html> is still HTML', async () => {
    expect((await read('sparad.txt', page('<p>Hej</p>'))).format).toBe('html');
    const frag = await read('del.html', '<p>Första</p><p>Andra &amp; sista</p>');
    expect(frag.format).toBe('html');
    expect(frag.text).toBe('Första\n\nAndra & sista\n');
  });
});

describe('Markdown reader', () => {
  it('removes formatting, keeps headings and lines as lines', () => {
    const { text, titleHints } = readMarkdown(
      '# Svar på fråga\n\nStockholm den **8 mars** 2023\nJakob _Forssmed_\n\n## Bakgrund\n\n- Ett [länkat](https://x.se) ord\n- `kod`\n\n> Citat\n',
    );
    expect(text).toBe('Svar på fråga\n\nStockholm den 8 mars 2023\nJakob Forssmed\n\nBakgrund\n\nEtt länkat ord\n\nkod\n\nCitat\n');
    expect(titleHints).toEqual(['Svar på fråga', 'Bakgrund']);
  });

  it('YAML front matter: its lines are kept, the fences are not', () => {
    const { text, titleHints } = readMarkdown('---\ntitle: Beslut om bidrag\ndate: 2021-03-04\n---\n# Beslut om bidrag\n\nText\n');
    expect(text).toBe('title: Beslut om bidrag\ndate: 2021-03-04\n\nBeslut om bidrag\n\nText\n');
    expect(titleHints).toEqual(['Beslut om bidrag']);
  });

  it('a thematic break is not front matter', () => {
    expect(readMarkdown('Text\n\n---\n\nMer\n').text).toBe('Text\n\nMer\n');
  });

  it('escaped markup and setext headings', () => {
    const { text, titleHints } = readMarkdown('Rubrik\n======\n\n1\\. inte en lista \\*stjärna\\*\n');
    expect(text).toBe('Rubrik\n\n1. inte en lista *stjärna*\n');
    expect(titleHints).toEqual(['Rubrik']);
  });

  it('large Markdown is stripped line by line: the same text as remark gives for these documents', async () => {
    for (const id of ['kommittedirektiv', 'pressmeddelande', 'regeringsbeslut', 'svar-skriftlig-fraga']) {
      const source = readFileSync(join(FIX, `docs/${id}.md`), 'utf8');
      const fast = readMarkdownFast(source);
      expect(fast.text.replace(/\n{3,}/g, '\n\n')).toBe(readMarkdown(source).text);
      expect(fast.titleHints).toEqual(readMarkdown(source).titleHints);
    }
    expect(readMarkdownFast('Se [länken](https://x.se) och ![bild](a.png), `kod`, **fet**, *kursiv*, 2*3*4 och snake_case_namn \\* stjärna\n').text)
      .toBe('Se länken och bild, kod, fet, kursiv, 2*3*4 och snake_case_namn * stjärna\n');
    const big = await read('stor.md', `# Rubrik\n\n${'Text med **fetstil**.\n'.repeat(FAST_MARKDOWN_CHARS / 20)}`);
    expect(big.warnings.map((w) => w.code)).toEqual(['md/large']);
    expect(big.text.startsWith('Rubrik\n\nText med fetstil.\n')).toBe(true);
  });

  it('a .md file goes through remark; a .txt file with # marks does not', async () => {
    expect((await read('a.md', '# Titel\n\nText *kursiv*\n')).text).toBe('Titel\n\nText kursiv\n');
    expect((await read('a.txt', '# Titel\n\nText *kursiv*\n')).text).toBe('# Titel\n\nText *kursiv*\n');
  });
});

describe('PDF hyphen joining', () => {
  const rows: { name: string; lines: string[]; joined: string[] }[] = [
    { name: 'a word broken at the line end', lines: ['om personuppgifts-', 'behandling för forskning'], joined: ['', 'om personuppgiftsbehandling för forskning'] },
    { name: 'a Unicode hyphen or soft hyphen', lines: ['förord\u2010', 'ningen', 'lag\u00ad', 'stiftning'], joined: ['', 'förordningen', '', 'lagstiftning'] },
    { name: 'a chain of broken lines', lines: ['Forskningsdata-', 'utred-', 'ningen (U 2016:04)'], joined: ['', '', 'Forskningsdatautredningen (U 2016:04)'] },
    { name: 'before a conjunction the hyphen is the word’s own', lines: ['inom hälso-', 'och sjukvården'], joined: ['inom hälso-', 'och sjukvården'] },
    { name: 'after a capital or a digit', lines: ['enligt EU-', 'kommissionen under 1990-', 'talet'], joined: ['enligt EU-', 'kommissionen under 1990-', 'talet'] },
    { name: 'before a capital', lines: ['Stockholms-', 'Uppsala'], joined: ['Stockholms-', 'Uppsala'] },
    { name: 'a dash standing alone', lines: ['budgeten -', 'men inte'], joined: ['budgeten -', 'men inte'] },
  ];
  for (const row of rows) it(row.name, () => expect(joinHyphens(row.lines)).toEqual(row.joined));

  it('never across a paragraph break', () => expect(joinHyphens(['slutet av stycket med ord-', 'nästa stycke'], [false, true])).toEqual(['slutet av stycket med ord-', 'nästa stycke']));
});

describe('PDF letter-spaced text', () => {
  it.each([
    ['a tracked letterhead word is one word again', 'S o c i a l d e p a r t e m e n t e t', 'Socialdepartementet'],
    ['each tab-separated column on its own', 'R E G E R I N G E N\t2021-04-22', 'REGERINGEN\t2021-04-22'],
    ['near-miss: digits inside keep the spaces (word boundaries are unknown)', 'S t o c k h o l m d e n 4 m a j', 'S t o c k h o l m d e n 4 m a j'],
    ['near-miss: fewer than six letters stay', 'A B C D E', 'A B C D E'],
    ['near-miss: ordinary words stay', 'Regeringen ger Socialstyrelsen i uppdrag', 'Regeringen ger Socialstyrelsen i uppdrag'],
  ])('%s', (_name, line, want) => expect(closeLetterSpacing(line)).toBe(want));
});

describe('PDF garbled text', () => {
  it('counts private-use glyph codes, control characters and U+FFFD, not letters or whitespace', () => {
    expect(garbledShare('Stockholm den 1 mars 2021\n')).toBe(0);
    expect(garbledShare('\ue001\ue002\ue003 ab')).toBeCloseTo(3 / 5);
    expect(garbledShare('ok\ufffd\u0001')).toBeCloseTo(2 / 4);
  });
});

describe('PDF page order', () => {
  const l = (text: string, y: number) => ({ text, y, size: 10 });
  const order = (lines: ReturnType<typeof l>[]) => topFirst(lines).map((x) => x.text);
  it('a header written after the body moves ahead', () => expect(order([l('brödtext', 700), l('mer', 688), l('SIDHUVUD', 800)])).toEqual(['SIDHUVUD', 'brödtext', 'mer']));
  it('a footer written first goes last; header, body, footer', () =>
    expect(order([l('Sid 1 (1)', 40), l('brödtext', 700), l('mer', 688), l('SIDHUVUD', 800)])).toEqual(['SIDHUVUD', 'brödtext', 'mer', 'Sid 1 (1)']));
  it('a second column and a side box keep their place', () =>
    expect(order([l('Rubrik', 760), l('spalt 1', 700), l('spalt 1 slut', 100), l('spalt 2', 700), l('Dir.', 720)])).toEqual(['Rubrik', 'spalt 1', 'spalt 1 slut', 'spalt 2', 'Dir.']));
  it('a superscript a little above its line stays', () => expect(order([l('text', 700), l('1', 704), l('mer', 688)])).toEqual(['text', '1', 'mer']));
});

describe('PDF reader', () => {
  it('keeps reading order, joins hyphenated line breaks, drops running headers and page numbers', async () => {
    const doc = await fixture('docs/kommittedirektiv.pdf');
    const txt = readFileSync(join(FIX, 'docs/kommittedirektiv.txt'), 'utf8');
    expect(doc.format).toBe('pdf');
    expect(doc.pages!.length).toBeGreaterThanOrEqual(2);
    expect(doc.pages![0]).toBe(0);
    // Every word of the text version is in the PDF's text in the same order, and nothing else is.
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    // The running header ("Dir. 2023:87", on every page) is read once, where page 1 prints it.
    expect(words(doc.text)).toEqual(['Dir.', '2023:87', ...words(txt)]);
    // The fixture generator hyphenated long words at line ends; none is left.
    expect(doc.text).not.toMatch(/\p{Ll}-\n\p{Ll}/u);
  });

  it('page offsets point at each page’s first line', async () => {
    const doc = await fixture('docs/kommittedirektiv.pdf');
    // A page opens a line: a new paragraph, or the next line of a sentence running over the break.
    for (const start of doc.pages!.slice(1)) expect(doc.text[start - 1]).toBe('\n');
  });

  it('a sentence running over a page break stays one paragraph; a page that closes its sentence keeps the break', async () => {
    const rel = 'tests/read/fixtures/published/docs/pdf-regleringsbrev.pdf';
    const doc = await readDocument(rel, readFileSync(join(ROOT, rel)));
    // Page 1 ends "… senast den 31", page 2 opens "mars 2023.": one paragraph, as in the printed letter.
    expect(doc.text).toContain('senast den 31\nmars 2023.');
    expect(doc.text.slice(doc.pages![1]! - 1, doc.pages![1]! + 5)).toBe('\nmars ');
    // Page 2 ends with a full stop ("… personalkategorier."), page 3 opens "På regeringens vägnar": a new paragraph.
    expect(doc.text.slice(doc.pages![2]! - 2, doc.pages![2]!)).toBe('\n\n');
    expect(doc.text.slice(doc.pages![2]!)).toMatch(/^På regeringens vägnar/);
    // The running header with the diary number and the "n (3)" page numbers are gone.
    expect(doc.text).not.toMatch(/\(3\)/);
    expect(doc.text.match(/U2021\/04411/g)).toHaveLength(1);
  });

  it('a first page\'s address footer that a sentence runs past goes after the last page; after a closed sentence it stays', async () => {
    const read = async (name: string) => {
      const rel = `tests/read/fixtures/published/docs/${name}`;
      return readDocument(rel, readFileSync(join(ROOT, rel)));
    };
    const runOn = await read('pdf-svar-interpellation.pdf');
    expect(runOn.text).toMatch(/till regeringen den\n+27 februari 2020\./);
    expect(runOn.text).toMatch(/Morgan Johansson\n\nPostadress 103 33 Stockholm\nTelefonväxel 08-405 10 00\nE-post: ju\.registrator@regeringskansliet\.se\n$/);
    // Page 1 ends "… utan statligt stöd.": its footer stays where it was printed, before page 2.
    const closed = await read('pdf-regeringsbeslut.pdf');
    expect(closed.text.slice(0, closed.pages![1])).toMatch(/statligt stöd\.\n\nPostadress 103 33 Stockholm\nTelefonväxel 08-405 10 00\n\n$/);
  });

  it('a running header printed on every page from the first is read once; one starting on page 2 is not read', async () => {
    const read = async (name: string) => {
      const rel = `tests/read/fixtures/published/docs/${name}`;
      return readDocument(rel, readFileSync(join(ROOT, rel)));
    };
    const every = await read('pdf-promemoria-sidhuvud.pdf');
    expect(every.text).toMatch(/^Socialdepartementet\t2021-05-12\tS2021\/01234\n/);
    expect(every.text.match(/S2021\/01234/g)).toHaveLength(1);
    // pdf-regleringsbrev.pdf's running header "Regeringsbeslut 2021-12-16  U2021/04411" starts on page 2: its
    // first page has the letterhead instead, so the header is not read at all.
    const later = await read('pdf-regleringsbrev.pdf');
    expect(later.text).not.toMatch(/Regeringsbeslut 2021-12-16/);
  });

  it('a heading table in a PDF gives tab-separated cells', async () => {
    const doc = await fixture('docs/regeringsbeslut.pdf');
    expect(doc.text).toMatch(/^Regeringsbeslut\tIII:4\nKlimat- och näringslivsdepartementet\t2023-05-11\n/);
  });
});

describe('DOCX reader', () => {
  it('the first page header (a letterhead table with date and diary numbers) comes first; later pages’ header is not read', async () => {
    const doc = await fixture('docs/regeringsbeslut.docx');
    expect(doc.text.indexOf('KN2023/02187')).toBeLessThan(doc.text.indexOf('Tillväxtverket'));
    expect(doc.text).not.toContain('Löpande sidhuvud');
  });

  it('WordprocessingML to lines: runs joined, tabs and breaks kept, field codes and deleted text dropped, entities decoded', () => {
    const xml =
      '<w:p><w:r><w:t>Dnr </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">S2021/01234 &amp; </w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>bort</w:delText></w:r><w:r><w:tab/><w:t>sida</w:t><w:br/><w:t>ny rad</w:t></w:r></w:p>' +
      '<w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p><w:p><w:r><w:t>B2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(wordXmlToText(xml)).toBe('Dnr S2021/01234 & \tsida\nny rad\nA\tB1\n\tB2');
  });

  it('WordprocessingML: nested tables, and a text box read once (its VML fallback copy skipped)', () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const box = (t: string) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p(t)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${p(t)}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Efter rutan</w:t></w:r></w:p>`;
    const nested = `<w:tbl><w:tr><w:tc>${p('Yttre')}</w:tc><w:tc><w:tbl><w:tr><w:tc>${p('Inre 1')}</w:tc><w:tc>${p('Inre 2')}</w:tc></w:tr></w:tbl>${p('Under')}</w:tc></w:tr></w:tbl>`;
    expect(wordXmlToText(box('Dnr S2021/01234') + nested)).toBe('Dnr S2021/01234\nEfter rutan\nYttre\tInre 1\tInre 2\n\tUnder');
  });

  it('paragraphs, headings as title hints, tables as tab-separated lines, bold runs joined', async () => {
    const doc = await fixture('docs/regeringsbeslut.docx');
    expect(doc.format).toBe('docx');
    expect(doc.text).toMatch(/^Regeringsbeslut\tIII:4\nKlimat- och näringslivsdepartementet\t2023-05-11\n\tKN2023\/02187\n\tKN2022\/04410 \(delvis\)\n/);
    expect(doc.text).toContain('får Tillväxtverket använda högst 25 000 000 kronor under 2023.');
    expect(doc.titleHints?.[0]).toBe('Uppdrag att stödja omställningen av små och medelstora företag');
    expect(doc.text).toContain('På regeringens vägnar\n\nEbba Busch\n\nKarin Lindqvist');
  });
});

describe('Word .doc reader', () => {
  it('Word control characters become text structure', () => {
    const raw = 'Rubrik\rRad 1\x0bRad 2\r\x13 PAGEREF _Toc1 \\h \x144\x15 sida\rA\x07B\x07\x07C\x07D\x07\x07ord\x1fdelning och icke\x1ebrytande\x0cNy sida\x01';
    expect(wordControlToText(raw)).toBe('Rubrik\nRad 1\nRad 2\n4 sida\nA\tB\nC\tD\norddelning och icke-brytande\nNy sida');
  });

  it('RTF saved under a .doc name: paragraphs, tabs, table rows, code page bytes, Unicode, fields; tables and headers of metadata skipped', async () => {
    const rtf = [
      "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\title Beslut}}{\\*\\generator Riched20;}",
      "\\pard\\plain\\f0\\fs24 Regeringsbeslut\\tab III:4\\par",
      "Socialdepartementet\\par\\par",
      "\\b Uppdrag att st\\'f6dja \\u8211? omst\\'e4llningen\\b0\\par",
      '{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt l\\\'e4nk}} h\\\'e4r\\line ny rad\\par',
      '\\trowd\\cellx4000\\cellx8000\\intbl Dnr\\cell S2021/01234\\cell\\row',
      '{\\header Sidhuvud}Slut \\{klammer\\} \\\\ snedstreck\\par}',
    ].join('\n');
    const doc = await read('beslut.doc', rtf);
    expect(doc.format).toBe('doc');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toBe('Regeringsbeslut\tIII:4\nSocialdepartementet\n\nUppdrag att stödja – omställningen\nlänk här\nny rad\nDnr\tS2021/01234\nSlut {klammer} \\ snedstreck\n');
  });

  it('nested fields keep only the shown result', () => {
    expect(wordControlToText('Se \x13 HYPERLINK "x" \x13 REF y \x14inre\x15 \x14länk\x15 här')).toBe('Se länk här');
  });
});
