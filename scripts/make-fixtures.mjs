#!/usr/bin/env node
// Writes fixtures/formats/: the same real-looking documents as .txt, .md, .html, .pdf and .docx
// (cross-format equality tests), and broken files (bad-input tests). Deterministic: re-running
// gives the same bytes, so the committed fixtures can be checked against this script.
// usage: node scripts/make-fixtures.mjs [OUT_DIR]   (default fixtures/formats)
// PDFs are made with pdfkit (devDependency); .docx and .zip files are written by hand (stored zip).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { zip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'fixtures', 'formats'));
const docsDir = path.join(out, 'docs');
const badDir = path.join(out, 'bad');
fs.mkdirSync(docsDir, { recursive: true });
fs.mkdirSync(badDir, { recursive: true });

// ── The documents ──
// Blocks: h1 (the title), h2 (a section heading), p (a paragraph), lines (short lines kept apart:
// letterheads, signatures), table (rows of cells: header tables of decisions).

const DOCUMENTS = [
  {
    id: 'svar-skriftlig-fraga',
    header: 'Socialdepartementet',
    blocks: [
      { lines: ['Svar på fråga 2022/23:412 av Anna Berglund (C)'] },
      { h1: 'Tillgången till barnmorskor i glesbygd' },
      { p: 'Anna Berglund har frågat mig vilka åtgärder jag avser att vidta för att förbättra tillgången till barnmorskor i landets glesbygdskommuner.' },
      { p: 'Regeringen har under flera år gjort betydande satsningar på förlossningsvården och kvinnors hälsa. I budgetpropositionen för 2023 (prop. 2022/23:1) föreslog regeringen att 1,5 miljarder kronor avsätts för detta ändamål, och medlen fördelas till regionerna enligt en överenskommelse med Sveriges Kommuner och Regioner.' },
      { p: 'Socialstyrelsen fick den 14 februari 2022 i uppdrag att kartlägga kompetensförsörjningen inom förlossningsvården. Uppdraget redovisades den 30 november 2022. Av redovisningen framgår att bristen på barnmorskor är störst i de glest befolkade regionerna i norra Sverige.' },
      { p: 'Jag kommer att fortsätta följa utvecklingen noga och är beredd att vidta ytterligare åtgärder om det behövs.' },
      { lines: ['Stockholm den 8 mars 2023'] },
      { lines: ['Jakob Forssmed'] },
    ],
  },
  {
    id: 'pressmeddelande',
    header: 'Landsbygds- och infrastrukturdepartementet',
    blocks: [
      { lines: ['Pressmeddelande från Landsbygds- och infrastrukturdepartementet'] },
      { h1: 'Regeringen förstärker underhållet av det statliga vägnätet' },
      { lines: ['Publicerad 21 september 2023'] },
      { p: 'Regeringen föreslår i budgetpropositionen för 2024 att anslaget till vägunderhåll ökas med 700 miljoner kronor. Satsningen ska främst gå till bärighet och tjälsäkring av vägar på landsbygden.' },
      { p: 'Trafikverket ska senast den 1 mars 2024 redovisa hur medlen har fördelats mellan regionerna. Under 2025 beräknas satsningen uppgå till 850 miljoner kronor.' },
      { p: '– Ett väl fungerande vägnät är en förutsättning för att hela Sverige ska kunna leva och växa, säger infrastruktur- och bostadsminister Andreas Carlson.' },
      { h2: 'Kontakt' },
      { lines: ['Elin Ström', 'Pressekreterare hos infrastruktur- och bostadsminister Andreas Carlson', 'Telefon (växel) 08-405 10 00'] },
    ],
  },
  {
    id: 'regeringsbeslut',
    header: 'Regeringskansliet',
    blocks: [
      { table: [['Regeringsbeslut', 'III:4'], ['Klimat- och näringslivsdepartementet', '2023-05-11'], ['', 'KN2023/02187'], ['', 'KN2022/04410 (delvis)']] },
      { lines: ['Tillväxtverket', 'Box 4044', '102 61 Stockholm'] },
      { h1: 'Uppdrag att stödja omställningen av små och medelstora företag' },
      { h2: 'Regeringens beslut' },
      { p: 'Regeringen ger Tillväxtverket i uppdrag att genomföra insatser som stödjer små och medelstora företags omställning till en cirkulär ekonomi. För uppdraget får Tillväxtverket använda högst 25 000 000 kronor under 2023.' },
      { p: 'Uppdraget ska redovisas till Regeringskansliet (Klimat- och näringslivsdepartementet) senast den 15 april 2024. En delredovisning ska lämnas senast den 31 oktober 2023.' },
      { h2: 'Skälen för regeringens beslut' },
      { p: 'Riksdagen har beslutat om statens budget för 2023 (prop. 2022/23:1, bet. 2022/23:NU1, rskr. 2022/23:99). Omställningen till en cirkulär ekonomi är en förutsättning för att de nationella miljömålen ska kunna nås, och små och medelstora företag behöver stöd för att kunna ställa om sina affärsmodeller. Regeringen anser därför att Tillväxtverket bör få i uppdrag att samordna och utveckla stödet till företagen i samverkan med berörda myndigheter och regionala aktörer.' },
      { p: 'Insatserna ska utformas så att de kompletterar befintliga stödformer och når företag i hela landet. Tillväxtverket ska särskilt beakta behoven hos företag i tillverkningsindustrin, där möjligheterna till resurseffektivisering bedöms vara störst. Myndigheten ska också följa upp och utvärdera insatsernas effekter på företagens konkurrenskraft och klimatpåverkan.' },
      { lines: ['På regeringens vägnar'] },
      { lines: ['Ebba Busch'] },
      { lines: ['Karin Lindqvist'] },
      { lines: ['Kopia till', 'Statsrådsberedningen', 'Finansdepartementet/BA'] },
    ],
  },
  {
    id: 'kommittedirektiv',
    header: 'Dir. 2023:87',
    blocks: [
      { lines: ['Kommittédirektiv'] },
      { h1: 'En översyn av reglerna om personuppgiftsbehandling i hälso- och sjukvården' },
      { lines: ['Dir. 2023:87'] },
      { lines: ['Beslut vid regeringssammanträde den 22 juni 2023'] },
      { h2: 'Sammanfattning' },
      { p: 'En särskild utredare ska se över regleringen av personuppgiftsbehandling i hälso- och sjukvården. Syftet är att informationsutbytet mellan vårdgivare ska underlättas samtidigt som den enskildes integritet skyddas. Utredaren ska bland annat analysera hur patientdatalagen (2008:355) förhåller sig till dataskyddsförordningen och lämna nödvändiga författningsförslag.' },
      { p: 'Uppdraget ska redovisas senast den 30 september 2024.' },
      { h2: 'Bakgrund' },
      { p: 'Patientdatalagen trädde i kraft den 1 juli 2008. Sedan dess har lagen ändrats vid flera tillfällen, bland annat genom de ändringar som följde av propositionen Ny dataskyddslag (prop. 2017/18:105). Utvecklingen av digitala tjänster i vården har dock gått snabbt, och vårdgivarna efterfrågar tydligare regler för sammanhållen journalföring och för behandling av personuppgifter i kvalitetsregister.' },
      { p: 'Frågan har tidigare behandlats av Utredningen om sammanhållen information inom vård och omsorg, som i sitt betänkande Vård och omsorg i samverkan (SOU 2021:4) föreslog flera förändringar. Betänkandet har remitterats, och remissinstanserna var i huvudsak positiva till förslagen men efterlyste en samlad översyn av regelverket.' },
      { h2: 'Uppdraget' },
      { p: 'Utredaren ska kartlägga och analysera de rättsliga förutsättningarna för behandling av personuppgifter i hälso- och sjukvården, bedöma om regleringen är ändamålsenlig och lämna förslag till de författningsändringar som behövs. Utredaren ska särskilt beakta behovet av informationsutbyte mellan vårdgivare och mellan vårdgivare och socialtjänsten, samt de krav som följer av Europakonventionen och EU:s stadga om de grundläggande rättigheterna.' },
      { p: 'Utredaren ska vidare analysera de ekonomiska konsekvenserna av förslagen. Kostnaderna för genomförandet beräknas preliminärt till 40 miljoner kronor. Om förslagen påverkar den kommunala självstyrelsen ska de särskilda avvägningar som lett fram till förslagen redovisas.' },
      { h2: 'Kontakter och redovisning av uppdraget' },
      { p: 'Utredaren ska hålla sig informerad om och beakta relevant arbete som pågår inom Regeringskansliet, utredningsväsendet och Europeiska unionen. Utredaren ska föra dialog med Socialstyrelsen, E-hälsomyndigheten, Integritetsskyddsmyndigheten och Sveriges Kommuner och Regioner.' },
      { p: 'Uppdraget ska redovisas senast den 30 september 2024.' },
      { lines: ['(Socialdepartementet)'] },
    ],
  },
];

// ── Text and Markdown ──

function tableRows(rows) {
  return rows.map((r) => r.join('\t').replace(/\t+$/, '')).filter((r) => r.trim());
}

function toTxt(doc) {
  return doc.blocks
    .map((b) => b.h1 ?? b.h2 ?? b.p ?? (b.lines ? b.lines.join('\n') : tableRows(b.table).join('\n')))
    .join('\n\n') + '\n';
}

function toMd(doc) {
  const esc = (s) => s.replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+*]) /, '\\$1 ');
  return doc.blocks
    .map((b) => {
      if (b.h1) return `# ${b.h1}`;
      if (b.h2) return `## ${b.h2}`;
      if (b.p) return esc(b.p).replace(/(\d+ \d{3} \d{3}|\d+(?:,\d+)? (?:miljoner|miljarder) kronor)/, '**$1**');
      if (b.lines) return b.lines.map(esc).join('\n');
      return tableRows(b.table).map((r) => r.replace(/\t/g, '   ')).join('\n');
    })
    .join('\n\n') + '\n';
}

// ── HTML: a saved web page, with the site's chrome around the document ──

const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(doc) {
  const body = doc.blocks
    .map((b) => {
      if (b.h1) return `<h1>${html(b.h1)}</h1>`;
      if (b.h2) return `<h2>${html(b.h2)}</h2>`;
      if (b.p) return `<p>${html(b.p).replace(/(\d+(?:,\d+)? (?:miljoner|miljarder) kronor)/, '<strong>$1</strong>')}</p>`;
      if (b.lines) return `<p>${b.lines.map(html).join('<br>\n')}</p>`;
      return `<table class="header-table">\n${b.table.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${html(doc.blocks.find((b) => b.h1).h1)} - Regeringen.se</title>
<style>body { font-family: sans-serif } .cookie-banner { position: fixed }</style>
<script>window.dataLayer = [{ page: "2023-01-01", amount: "500 kronor" }];</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>Vi använder kakor sedan den 1 januari 2020. <button>Godkänn</button></p></div>
<header class="site-header"><a href="/">Regeringen.se</a>
<nav aria-label="Huvudnavigering"><ul><li><a href="/sveriges-regering/">Sveriges regering</a></li><li><a href="/regeringens-politik/">Regeringens politik</a></li><li><a href="/press/">Press 2019/20:1</a></li></ul></nav>
</header>
<main id="content">
<article>
${body}
</article>
</main>
<footer class="site-footer"><p>Regeringskansliet, 103 33 Stockholm. Telefon 08-405 10 00. Uppdaterad 3 januari 2024.</p></footer>
<script>console.log("Stockholm den 1 april 2022")</script>
</body>
</html>
`;
}

// ── PDF: A4, Helvetica, lines wrapped (long words hyphenated) by this script, page numbers
//    in the footer and a running header on documents of more than one page ──

const PAGE = { width: 595.28, height: 841.89, left: 70, right: 525, top: 80, bottom: 760 };

function hyphenPoint(doc, word, room) {
  // Split a long all-lowercase word so that "head-" fits in `room`; both parts at least 4 letters.
  if (word.length < 10 || !/^\p{Ll}+[,.]?$/u.test(word)) return -1;
  for (let k = word.length - 4; k >= 4; k--) {
    if (!/\p{Ll}/u.test(word[k - 1]) || !/\p{Ll}/u.test(word[k])) continue;
    if (doc.widthOfString(word.slice(0, k) + '-') <= room) return k;
  }
  return -1;
}

function wrap(doc, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) {
      line = candidate;
      continue;
    }
    const room = width - doc.widthOfString(line ? `${line} ` : '');
    const k = hyphenPoint(doc, word, room);
    if (k > 0) {
      lines.push(`${line ? `${line} ` : ''}${word.slice(0, k)}-`);
      line = word.slice(k);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lay the document out as positioned lines per page (so the page count is known for the footers). */
function layoutPdf(pdf, doc) {
  const pages = [[]];
  let y = PAGE.top;
  const put = (text, size, font, gapBefore, x = PAGE.left) => {
    const lh = size * 1.35;
    if (y + gapBefore + lh > PAGE.bottom) {
      pages.push([]);
      y = PAGE.top;
      gapBefore = 0;
    }
    y += gapBefore;
    pages.at(-1).push({ text, size, font, x, y });
    y += lh;
  };
  for (const b of doc.blocks) {
    if (b.h1) {
      pdf.font('Helvetica-Bold').fontSize(16);
      wrap(pdf, b.h1, PAGE.right - PAGE.left).forEach((l, i) => put(l, 16, 'Helvetica-Bold', i ? 0 : 18));
    } else if (b.h2) {
      put(b.h2, 12, 'Helvetica-Bold', 14);
    } else if (b.p) {
      pdf.font('Helvetica').fontSize(11);
      wrap(pdf, b.p, PAGE.right - PAGE.left).forEach((l, i) => put(l, 11, 'Helvetica', i ? 0 : 8));
    } else if (b.lines) {
      b.lines.forEach((l, i) => put(l, 11, 'Helvetica', i ? 0 : 12));
    } else {
      b.table.forEach((row, i) => {
        const lh = 11 * 1.35;
        if (i === 0) y += 4;
        row.forEach((cell, c) => cell && pages.at(-1).push({ text: cell, size: 11, font: 'Helvetica', x: c ? 360 : PAGE.left, y }));
        y += lh;
      });
    }
  }
  return pages;
}

function pdfOptions(extra = {}) {
  // Fixed dates and ids keep the output byte-for-byte reproducible.
  return { size: 'A4', margin: 0, autoFirstPage: false, compress: false, info: { Producer: 'riksdoc make-fixtures', Creator: 'riksdoc', CreationDate: new Date(Date.UTC(2024, 0, 1)) }, ...extra };
}

function renderPdf(doc, file, extra = {}) {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument(pdfOptions(extra));
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => {
      fs.writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    pdf.on('error', reject);
    const pages = layoutPdf(pdf, doc);
    pages.forEach((lines, n) => {
      pdf.addPage({ size: 'A4', margin: 0 });
      if (pages.length > 1) pdf.font('Helvetica').fontSize(9).text(doc.header, PAGE.left, 40, { lineBreak: false });
      for (const l of lines) pdf.font(l.font).fontSize(l.size).text(l.text, l.x, l.y, { lineBreak: false });
      pdf.font('Helvetica').fontSize(9).text(`${n + 1} (${pages.length})`, 490, 800, { lineBreak: false });
    });
    pdf.end();
  });
}

/** A PDF with drawings and no text at all: what a scanner without OCR produces. */
function renderScanPdf(file) {
  return new Promise((resolve) => {
    const pdf = new PDFDocument(pdfOptions());
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => resolve(fs.writeFileSync(file, Buffer.concat(chunks))));
    pdf.addPage({ size: 'A4', margin: 0 });
    for (let i = 0; i < 40; i++) pdf.rect(70, 80 + i * 16, 300 + ((i * 37) % 150), 9).fill('#333333');
    pdf.end();
  });
}

// ── DOCX (and other zips): a stored (uncompressed) zip written by hand ──


const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function wRun(text, bold = false) {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}
function wPara(text, style) {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${wRun(text)}</w:p>`;
}

function docxTable(table) {
  const rows = table.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${wPara(c)}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows}</w:tbl>`;
}

function toDocx(doc) {
  // A decision's letterhead table sits in the first page's header, as in the Government Offices' templates.
  const headerTable = doc.blocks[0].table;
  const blocks = headerTable ? doc.blocks.slice(1) : doc.blocks;
  const body = blocks
    .map((b) => {
      if (b.h1) return wPara(b.h1, 'Heading1');
      if (b.h2) return wPara(b.h2, 'Heading2');
      if (b.p) {
        // An amount in bold, as in the printed decision: split runs must still read as one text.
        const m = /(\d+(?:,\d+)? (?:miljoner|miljarder) kronor)/.exec(b.p);
        if (!m) return wPara(b.p);
        return `<w:p>${wRun(b.p.slice(0, m.index))}${wRun(m[1], true)}${wRun(b.p.slice(m.index + m[1].length))}</w:p>`;
      }
      if (b.lines) return `<w:p>${b.lines.map((l, i) => (i ? '<w:r><w:br/></w:r>' : '') + wRun(l)).join('')}</w:p>`;
      return docxTable(b.table);
    })
    .join('');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const sectPr = headerTable
    ? '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr>'
    : '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
  const headerParts = headerTable
    ? [
        ['word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}>${docxTable(headerTable)}<w:p/></w:hdr>`],
        ['word/header2.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}><w:p><w:r><w:t>Löpande sidhuvud</w:t></w:r></w:p></w:hdr>`],
      ]
    : [];
  const headerRels = headerTable
    ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>'
    : '';
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}${sectPr}</w:body></w:document>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style></w:styles>`;
  return zip([
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${headerParts.map(([n]) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`).join('')}</Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${headerRels}</Relationships>`],
    ['word/document.xml', documentXml],
    ['word/styles.xml', stylesXml],
    ...headerParts,
  ]);
}

// ── Word 97 .doc: an OLE compound file with a WordDocument stream (FIB + text) and a 1Table
//    stream holding the piece table; the first half of the text is an 8-bit (Windows-1252) piece,
//    the rest a UTF-16 piece, as Word writes after editing. No formatting: Word's readers do not need it.

function oleFile(streams) {
  const SECTOR = 512;
  const pad = (b) => Buffer.concat([b, Buffer.alloc((SECTOR - (b.length % SECTOR)) % SECTOR)]);
  // Streams of 4096 bytes or more live in regular sectors (no mini stream needed).
  const bodies = streams.map(([, data]) => pad(data.length >= 4096 ? data : Buffer.concat([data, Buffer.alloc(4096 - data.length)])));
  const sizes = streams.map(([, data]) => Math.max(4096, data.length));
  const dirSectors = 1;
  const dataSectors = bodies.reduce((n, b) => n + b.length / SECTOR, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dirSectors + dataSectors) fatSectors++;
  const fat = new Array(fatSectors * (SECTOR / 4)).fill(0xffffffff);
  for (let i = 0; i < fatSectors; i++) fat[i] = 0xfffffffd;
  const dirStart = fatSectors;
  fat[dirStart] = 0xfffffffe;
  let next = dirStart + 1;
  const starts = bodies.map((b) => {
    const start = next;
    const n = b.length / SECTOR;
    for (let i = 0; i < n; i++) fat[start + i] = i === n - 1 ? 0xfffffffe : start + i + 1;
    next += n;
    return start;
  });
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : 0xffffffff, 0x4c + i * 4);
  const fatBuf = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBuf.writeUInt32LE(v >>> 0, i * 4));
  // Directory: root, then the streams as a chain of left siblings (names in CFB order: shorter first).
  const entry = (name, type, child, left, start, size) => {
    const e = Buffer.alloc(128);
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(e, 0);
    e.writeUInt16LE(n.length, 0x40);
    e[0x42] = type;
    e[0x43] = 1; // black
    e.writeUInt32LE(left >>> 0, 0x44);
    e.writeUInt32LE(0xffffffff, 0x48);
    e.writeUInt32LE(child >>> 0, 0x4c);
    e.writeUInt32LE(start >>> 0, 0x74);
    e.writeUInt32LE(size, 0x78);
    return e;
  };
  const order = streams.map((_, i) => i).sort((a, b) => streams[b][0].length - streams[a][0].length || (streams[b][0] > streams[a][0] ? 1 : -1));
  const dir = [entry('Root Entry', 5, order[0] + 1, -1, 0xfffffffe, 0)];
  streams.forEach(([name], i) => {
    const pos = order.indexOf(i);
    dir.push(entry(name, 2, -1, pos + 1 < order.length ? order[pos + 1] + 1 : -1, starts[i], sizes[i]));
  });
  while (dir.length < 4) dir.push(Buffer.alloc(128));
  return Buffer.concat([header, fatBuf, ...dir, ...bodies]);
}

function toWord97(doc) {
  // Word's text: paragraphs end in \r, line breaks are \x0b. The letterhead is typed with tabs (a table
  // would need paragraph properties to tell its row ends from its cell ends).
  const text = doc.blocks
    .map((b) => {
      if (b.table) return tableRows(b.table).map((r) => `${r}\r`).join('');
      const t = b.h1 ?? b.h2 ?? b.p ?? b.lines.join('\x0b');
      return `${t}\r`;
    })
    .join('\r');
  const split = text.indexOf(' ', Math.floor(text.length / 2));
  const first = Buffer.from(text.slice(0, split), 'latin1'); // Windows-1252 = Latin-1 for this text
  const second = Buffer.from(text.slice(split), 'utf16le');
  const fcFirst = 1024;
  const fcSecond = fcFirst + first.length + (first.length % 2);
  const word = Buffer.alloc(fcSecond + second.length);
  word.writeUInt16LE(0xa5ec, 0x00);
  word.writeUInt16LE(0x00c1, 0x02);
  word.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm: the table stream is 1Table
  word.writeUInt32LE(fcFirst, 0x18);
  word.writeUInt32LE(word.length, 0x1c);
  word.writeUInt32LE(text.length, 0x4c); // ccpText
  first.copy(word, fcFirst);
  second.copy(word, fcSecond);
  // CLX: 0x02, lcb, then PlcPcd: cps (n+1) and piece descriptors (n × 8 bytes).
  const cps = [0, split, text.length];
  const plc = Buffer.alloc(cps.length * 4 + 2 * 8);
  cps.forEach((cp, i) => plc.writeUInt32LE(cp, i * 4));
  plc.writeUInt32LE(((fcFirst * 2) | 0x40000000) >>> 0, cps.length * 4 + 2); // compressed (8-bit) piece
  plc.writeUInt32LE(fcSecond, cps.length * 4 + 8 + 2); // UTF-16 piece
  const clx = Buffer.concat([Buffer.from([2]), Buffer.alloc(4), plc]);
  clx.writeUInt32LE(plc.length, 1);
  word.writeUInt32LE(0, 0x1a2);
  word.writeUInt32LE(clx.length, 0x1a6);
  return oleFile([['WordDocument', word], ['1Table', clx]]);
}

/** Word 6/95: one WordDocument stream; the FIB says where the 8-bit text runs (fcMin…fcMac, ccpText). */
function toWord6(doc, { encrypted = false } = {}) {
  const text = doc.blocks
    .map((b) => (b.table ? tableRows(b.table).map((r) => `${r}\r`).join('') : `${b.h1 ?? b.h2 ?? b.p ?? b.lines.join('\x0b')}\r`))
    .join('\r');
  const bytes = Buffer.from(text, 'latin1');
  const fcMin = 0x300;
  const word = Buffer.alloc(fcMin + bytes.length);
  word.writeUInt16LE(0xa5dc, 0x00);
  word.writeUInt16LE(104, 0x02); // nFib of Word 95
  word.writeUInt16LE(encrypted ? 0x0100 : 0, 0x0a);
  word.writeUInt32LE(fcMin, 0x18);
  word.writeUInt32LE(fcMin + bytes.length, 0x1c);
  word.writeUInt32LE(text.length, 0x34); // ccpText
  bytes.copy(word, fcMin);
  return oleFile([['WordDocument', word]]);
}

/** RTF as Word writes it (Windows-1252 bytes as \'hh, other characters as \uN?), here saved under a .doc name. */
function toRtf(doc) {
  const esc = (t) =>
    [...t]
      .map((c) => {
        const code = c.codePointAt(0);
        if (c === '\\' || c === '{' || c === '}') return `\\${c}`;
        if (code < 0x80) return c;
        const b = Buffer.from(c, 'latin1');
        return code <= 0xff && b[0] === code ? `\\'${code.toString(16)}` : `\\u${code > 32767 ? code - 65536 : code}?`;
      })
      .join('');
  const body = doc.blocks
    .map((b) => {
      if (b.h1) return `{\\pard\\sb240\\sa120\\b\\fs32 ${esc(b.h1)}\\par}`;
      if (b.h2) return `{\\pard\\sb240\\sa120\\b\\fs26 ${esc(b.h2)}\\par}`;
      if (b.p) return `{\\pard\\sa120 ${esc(b.p)}\\par}`;
      if (b.lines) return `{\\pard\\sa120 ${b.lines.map(esc).join('\\line ')}\\par}`;
      return b.table.map((r) => `\\trowd\\cellx4500\\cellx9000 ${r.map((c) => `\\pard\\intbl ${esc(c)}\\cell`).join(' ')}\\row`).join('\n') + '\\pard';
    })
    .join('\n{\\pard\\par}\n');
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator riksdoc make-fixtures;}{\\info{\\title ${esc(doc.id)}}{\\author Regeringskansliet}}\n{\\header\\pard ${esc(doc.header)}\\par}\n\\f0\\fs24\n${body}\n}\n`;
}

// ── Write ──

for (const doc of DOCUMENTS) {
  fs.writeFileSync(path.join(docsDir, `${doc.id}.txt`), toTxt(doc));
  fs.writeFileSync(path.join(docsDir, `${doc.id}.md`), toMd(doc));
  fs.writeFileSync(path.join(docsDir, `${doc.id}.html`), toHtml(doc));
  fs.writeFileSync(path.join(docsDir, `${doc.id}.docx`), toDocx(doc));
  await renderPdf(doc, path.join(docsDir, `${doc.id}.pdf`));
}
// Word 97 binaries are rare in new archives: two documents are enough to cover the reader.
for (const doc of DOCUMENTS.filter((d) => d.id === 'regeringsbeslut' || d.id === 'svar-skriftlig-fraga')) {
  fs.writeFileSync(path.join(docsDir, `${doc.id}.doc`), toWord97(doc));
}
fs.writeFileSync(path.join(docsDir, 'pressmeddelande.doc'), toWord6(DOCUMENTS[1]));
fs.writeFileSync(path.join(docsDir, 'kommittedirektiv.doc'), toRtf(DOCUMENTS[3]));

// Text encodings: the same answer as UTF-16 LE with BOM and as Windows-1252 (both read like the UTF-8 .txt).
const answer = toTxt(DOCUMENTS[0]);
fs.writeFileSync(path.join(badDir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(answer, 'utf16le')]));
fs.writeFileSync(path.join(badDir, 'windows-1252.txt'), Buffer.from(answer, 'latin1'));
// Invalid UTF-8: a UTF-8 text with one stray byte (a bad copy): read as UTF-8, with a warning.
const bytes = Buffer.from(answer, 'utf8');
const at = bytes.indexOf('Jag kommer');
fs.writeFileSync(path.join(badDir, 'invalid-utf8.txt'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
// Broken inputs.
fs.writeFileSync(path.join(badDir, 'empty.txt'), '');
fs.writeFileSync(path.join(badDir, 'whitespace.md'), '  \n\n\t\n');
// Binary junk named .txt: deterministic pseudo-random bytes.
let seed = 12345;
const junk = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
fs.writeFileSync(path.join(badDir, 'junk.txt'), junk);
const fullPdf = fs.readFileSync(path.join(docsDir, 'kommittedirektiv.pdf'));
fs.writeFileSync(path.join(badDir, 'truncated.pdf'), fullPdf.subarray(0, 1500));
await renderPdf(DOCUMENTS[0], path.join(badDir, 'encrypted.pdf'), { userPassword: 'hemligt', ownerPassword: 'hemligt' });
await renderScanPdf(path.join(badDir, 'scanned.pdf'));
fs.writeFileSync(path.join(badDir, 'not-word.docx'), zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']]));
fs.writeFileSync(path.join(badDir, 'truncated.doc'), toWord97(DOCUMENTS[2]).subarray(0, 1500));
fs.writeFileSync(path.join(badDir, 'encrypted-word95.doc'), toWord6(DOCUMENTS[1], { encrypted: true }));
// A password-protected .docx is an OLE file holding the encrypted zip; an .xls renamed .doc holds a workbook.
fs.writeFileSync(path.join(badDir, 'encrypted.docx'), oleFile([['EncryptionInfo', Buffer.alloc(200, 1)], ['EncryptedPackage', Buffer.alloc(5000, 7)]]));
fs.writeFileSync(path.join(badDir, 'excel-named.doc'), oleFile([['Workbook', Buffer.alloc(5000, 9)]]));
fs.writeFileSync(path.join(badDir, 'text-named.pdf'), 'Detta är ingen PDF utan vanlig text.\n');
fs.writeFileSync(path.join(badDir, 'png-named.docx'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
console.log(`wrote ${DOCUMENTS.length} documents × 5 formats to ${path.relative(process.cwd(), docsDir) || docsDir} and broken files to ${path.relative(process.cwd(), badDir) || badDir}`);
