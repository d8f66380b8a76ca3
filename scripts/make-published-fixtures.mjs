#!/usr/bin/env node
// Writes tests/read/fixtures/published/docs/: real-looking documents in the form they are published
// (pages saved from riksdagen.se and regeringen.se with their site chrome, PDFs with letterheads,
// running headers and page numbers, a .docx with its letterhead in a table). Deterministic.
// usage: node scripts/make-published-fixtures.mjs [OUT_DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { zip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'tests', 'read', 'fixtures', 'published'));
const docsDir = path.join(out, 'docs');
fs.mkdirSync(docsDir, { recursive: true });
const write = (name, data) => fs.writeFileSync(path.join(docsDir, name), data);

// ── riksdagen.se pages ──
const riksdagenPage = (title, breadcrumb, main) => `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${title} | Sveriges riksdag</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<a class="skip-link" href="#content">Gå direkt till innehållet</a>
<div id="cookie-banner" class="cookie-banner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.</p>
  <button>Godkänn alla kakor</button> <a href="/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a href="/" class="logo">Sveriges riksdag</a>
  <nav class="main-nav"><ul>
    <li><a href="/sv/sa-funkar-riksdagen/">Så funkar riksdagen</a></li>
    <li><a href="/sv/ledamoter-och-partier/">Ledamöter och partier</a></li>
    <li><a href="/sv/dokument-och-lagar/">Dokument och lagar</a></li>
    <li><a href="/sv/webb-tv/">Webb-tv</a></li>
  </ul></nav>
  <form class="search" role="search"><input type="search" placeholder="Sök"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor"><ol>
  <li><a href="/">Startsida</a></li><li><a href="/sv/dokument-och-lagar/">Dokument och lagar</a></li>${breadcrumb}
</ol></nav>
<main id="content">
${main}
</main>
<footer class="site-footer">
  <p>Sveriges riksdag, 100 12 Stockholm. Telefon: 08-786 40 00</p>
  <ul><li><a href="/sv/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/sv/kontakt/">Kontakt</a></li><li><a href="/en/">English</a></li></ul>
</footer>
</body>
</html>
`;

write('rd-frs-svar-2020-21-1311.html', riksdagenPage('Svar på skriftlig fråga 2020/21:1311 Vaccinationstakten inom äldreomsorgen',
  '<li><a href="/sv/dokument-och-lagar/?doktyp=frs">Svar på skriftliga frågor</a></li>',
  `<article class="document">
  <div class="document-meta">
    <p class="doc-type">Svar på skriftlig fråga 2020/21:1311</p>
    <h1>Vaccinationstakten inom äldreomsorgen</h1>
    <dl class="metadata">
      <dt>Besvarare</dt><dd>Socialminister Lena Hallengren (S)</dd>
      <dt>Frågeställare</dt><dd>Acko Ankarberg Johansson (KD)</dd>
      <dt>Datum</dt><dd>2021-01-27</dd>
      <dt>Dokument</dt><dd>frs 2020/21:1311</dd>
    </dl>
  </div>
  <div class="document-body">
    <p>Svar på fråga 2020/21:1311 av Acko Ankarberg Johansson (KD)<br>Vaccinationstakten inom äldreomsorgen</p>
    <p>Acko Ankarberg Johansson har frågat mig vilka åtgärder jag avser att vidta för att alla som bor på särskilda boenden för äldre ska ha erbjudits vaccin mot covid-19 före utgången av februari.</p>
    <p>Regeringen har gett Folkhälsomyndigheten i uppdrag att planera för och samordna vaccinationerna mot covid-19. Regionerna har ansvaret för att genomföra vaccinationerna och har fått 2,1 miljarder kronor för det arbetet. Den 22 december 2020 beslutade regeringen om en överenskommelse med Sveriges Kommuner och Regioner om ytterligare ersättning på 500 miljoner kronor.</p>
    <p>Enligt Folkhälsomyndighetens rapportering den 21 januari 2021 hade drygt 80 procent av de boende på särskilda boenden fått sin första dos. Jag följer utvecklingen noga.</p>
    <p class="signature">Stockholm den 27 januari 2021</p>
    <p class="signature">Lena Hallengren</p>
  </div>
</article>`));

write('rd-fr-2021-22-45.html', riksdagenPage('Skriftlig fråga 2021/22:45 Tillståndsprövningen för vindkraft',
  '<li><a href="/sv/dokument-och-lagar/?doktyp=fr">Skriftliga frågor</a></li>',
  `<article class="document">
  <header class="document-header">
    <p class="doc-type">Skriftlig fråga 2021/22:45 av Mattias Bäckström Johansson (SD)</p>
    <h1>Tillståndsprövningen för vindkraft</h1>
  </header>
  <ul class="doc-facts">
    <li>Inlämnad: 2021-10-05</li>
    <li>Överlämnad: 2021-10-06</li>
    <li>Besvaras senast: 2021-10-20</li>
    <li>Till: Miljö- och klimatminister Per Bolund (MP)</li>
  </ul>
  <div class="document-body">
    <p>Fråga 2021/22:45 Tillståndsprövningen för vindkraft<br>av Mattias Bäckström Johansson (SD)<br>till Miljö- och klimatminister Per Bolund (MP)</p>
    <p>Kommunerna har i dag i praktiken vetorätt när det gäller etablering av vindkraft. Samtidigt tar tillståndsprövningen vid länsstyrelserna ofta flera år, och den statliga ersättningen till kommuner som tillstyrker etableringar har diskuterats sedan betänkandet SOU 2021:53 lämnades.</p>
    <p>Med anledning av detta vill jag fråga miljö- och klimatminister Per Bolund:</p>
    <p>Vilka åtgärder avser ministern att vidta för att korta handläggningstiderna i tillståndsprövningen för vindkraft?</p>
    <p class="signature">Mattias Bäckström Johansson (SD)</p>
  </div>
</article>`));

write('rd-ip-svar-2020-21-312.html', riksdagenPage('Svar på interpellation 2020/21:312 om kortare vårdköer',
  '<li><a href="/sv/dokument-och-lagar/?doktyp=ip">Interpellationer</a></li>',
  `<article class="document">
  <p class="doc-type">Interpellationssvar</p>
  <h1>Svar på interpellation 2020/21:312 om kortare vårdköer</h1>
  <div class="metadata"><span>Besvarare: Socialminister Lena Hallengren (S)</span> <span>Debattdag: 2021-02-16</span></div>
  <div class="document-body">
    <p>Camilla Waltersson Grönvall har frågat mig vilka åtgärder jag avser att vidta för att korta köerna till specialistvården.</p>
    <p>Regeringen och Sveriges Kommuner och Regioner har träffat en överenskommelse om ökad tillgänglighet i hälso- och sjukvården. För 2021 omfattar den 3 miljarder kronor. Regionerna ska enligt hälso- och sjukvårdslagen (2017:30) erbjuda vård inom vårdgarantins tidsgränser.</p>
    <p>Inspektionen för vård och omsorg har också fått i uppdrag att granska hur regionerna följer vårdgarantin. Uppdraget ska redovisas senast den 31 maj 2021.</p>
    <p class="signature">Stockholm den 9 februari 2021</p>
    <p class="signature">Lena Hallengren</p>
  </div>
</article>`));

write('rd-ip-2021-22-35.html', riksdagenPage('Interpellation 2021/22:35 Polisens närvaro i glesbygden',
  '<li><a href="/sv/dokument-och-lagar/?doktyp=ip">Interpellationer</a></li>',
  `<article class="document">
  <h1>Polisens närvaro i glesbygden</h1>
  <p class="doc-type">Interpellation 2021/22:35 av Johan Forssell (M)</p>
  <ul class="doc-facts"><li>Inlämnad: 2021-10-12</li><li>Besvarare: Justitie- och migrationsminister Morgan Johansson (S)</li></ul>
  <div class="document-body">
    <p>Interpellation 2021/22:35 Polisens närvaro i glesbygden<br>av Johan Forssell (M)<br>till Justitie- och migrationsminister Morgan Johansson (S)</p>
    <p>I budgetpropositionen för 2022 (prop. 2021/22:1) föreslår regeringen att Polismyndighetens anslag ökas med 1,6 miljarder kronor. Trots det har antalet poliser i många glesbygdskommuner minskat, och insatstiderna är på sina håll längre än 60 minuter.</p>
    <p>Mot denna bakgrund vill jag fråga justitie- och migrationsminister Morgan Johansson:</p>
    <ol><li>Vilka åtgärder avser ministern att vidta för att öka polisens närvaro i glesbygden?</li><li>Avser ministern att ge Polismyndigheten särskilda mål för insatstiderna?</li></ol>
    <p class="signature">Johan Forssell (M)</p>
  </div>
</article>`));

// ── regeringen.se pages ──
const regeringenPage = (title, main) => `<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>${title} - Regeringen.se</title>
<style>.hidden{display:none}</style></head>
<body>
<div class="cookie-consent" role="dialog"><p>Regeringen.se använder kakor. Genom att fortsätta godkänner du det.</p><button>Jag förstår</button></div>
<header id="header">
  <div class="logo"><a href="/">Regeringskansliet</a></div>
  <nav id="mainmenu"><ul><li><a href="/regeringens-politik/">Regeringens politik</a></li><li><a href="/sa-styrs-sverige/">Så styrs Sverige</a></li><li><a href="/regeringen/">Regeringen</a></li><li><a href="/rattsliga-dokument/">Rättsliga dokument</a></li><li><a href="/pressmeddelanden/">Pressmeddelanden</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Startsida</a> / <a href="/pressmeddelanden/">Pressmeddelanden</a></div>
<main id="main">
${main}
</main>
<footer id="footer">
  <div><h2>Regeringskansliet</h2><p>103 33 Stockholm<br>Telefon (växel): 08-405 10 00</p></div>
  <ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/kontakt/">Kontakta Regeringskansliet</a></li><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul>
</footer>
</body></html>
`;

write('rg-pm-socialdep.html', regeringenPage('Regeringen förstärker vården av äldre med 3,4 miljarder kronor',
  `<div class="content">
  <p class="type-label">Pressmeddelande från Socialdepartementet</p>
  <h1>Regeringen förstärker vården av äldre med 3,4 miljarder kronor</h1>
  <p class="published">Publicerad <time datetime="2021-03-12">12 mars 2021</time></p>
  <div class="ingress"><p>Regeringen avsätter 3,4 miljarder kronor till regionerna och kommunerna för att stärka vården och omsorgen om äldre under 2021.</p></div>
  <div class="body">
    <p>Av satsningen går 2,2 miljarder kronor till kommunernas äldreomsorg och 1,2 miljarder kronor till regionernas primärvård. Medlen fördelas enligt en överenskommelse med Sveriges Kommuner och Regioner som undertecknades den 11 mars 2021.</p>
    <p>– Äldre ska kunna känna sig trygga med den vård och omsorg de får, säger socialminister Lena Hallengren.</p>
    <p>Kommunerna ska redovisa hur medlen har använts senast den 31 januari 2022.</p>
  </div>
  <aside class="contact">
    <h2>Kontakt</h2>
    <p>Gustav Sjöström<br>Pressekreterare hos socialminister Lena Hallengren<br>Telefon 076-123 45 67<br>e-post till Gustav Sjöström</p>
  </aside>
</div>`));

write('rg-regeringsbeslut.html', regeringenPage('Uppdrag att kartlägga tillgången till läkemedel',
  `<div class="content">
  <p class="type-label">Regeringsuppdrag från Socialdepartementet</p>
  <h1>Uppdrag att kartlägga tillgången till läkemedel</h1>
  <p class="published">Publicerad 4 juni 2021</p>
  <div class="body">
    <table class="letterhead"><tr><td>Regeringsbeslut I:7</td><td>2021-06-03</td></tr><tr><td>Socialdepartementet</td><td>S2021/04567</td></tr></table>
    <p>Läkemedelsverket<br>Box 26<br>751 03 Uppsala</p>
    <h2>Regeringens beslut</h2>
    <p>Regeringen ger Läkemedelsverket i uppdrag att kartlägga tillgången till läkemedel i Sverige och föreslå åtgärder för att minska risken för brister. För uppdraget får Läkemedelsverket använda högst 4 000 000 kronor under 2021.</p>
    <p>Uppdraget ska redovisas till Regeringskansliet (Socialdepartementet) senast den 1 mars 2022.</p>
    <h2>Skälen för regeringens beslut</h2>
    <p>Under pandemin har bristen på vissa läkemedel blivit tydlig. Utredningen om hälso- och sjukvårdens beredskap har i betänkandet SOU 2021:19 lämnat förslag om lagerhållning av läkemedel.</p>
    <p>På regeringens vägnar</p>
    <p>Lena Hallengren</p>
    <p>Karin Ekström</p>
  </div>
</div>`));

write('rg-svar-pa-skrivelse.html', regeringenPage('Svar på skrivelse om ersättning för sjukresor',
  `<div class="content">
  <h1>Svar på skrivelse om ersättning för sjukresor</h1>
  <p class="published">Publicerad 19 augusti 2022</p>
  <div class="body">
    <p>Socialdepartementet<br>Enheten för hälso- och sjukvård<br>Handläggare: Maria Lund</p>
    <p>Datum: 2022-08-18<br>Diarienummer: S2022/03210</p>
    <p>Er skrivelse den 2 juni 2022 om ersättning för sjukresor har överlämnats till Socialdepartementet för besvarande.</p>
    <p>Regionerna beslutar själva om egenavgifter för sjukresor inom ramen för lagen (1991:419) om resekostnader vid sjukresor. Högkostnadsskyddet för sjukresor uppgår i de flesta regioner till 2 400 kronor per år.</p>
    <p>Med vänlig hälsning</p>
    <p>Maria Lund<br>Departementssekreterare</p>
  </div>
</div>`));

// ── PDFs: a letterhead box, a header column (type, date, diary number), running header and "n (N)" ──
const LEFT = 70, WIDTH = 455;
function pdfDoc(file, draw) {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, compress: false, info: { Producer: 'riksdoc make-published-fixtures', Creator: 'riksdoc', CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => { write(file, Buffer.concat(chunks)); resolve(); });
    pdf.on('error', reject);
    draw(pdf);
    pdf.end();
  });
}
/** Pages: [firstPageDraw, ...] each a function(pdf); adds the footer "n (N)" and a running header from page 2. */
function pages(pdf, runningHeader, pageFns) {
  pageFns.forEach((fn, n) => {
    pdf.addPage({ size: 'A4', margin: 0 });
    if (n > 0 && runningHeader) pdf.font('Helvetica').fontSize(8).text(runningHeader, LEFT, 40, { width: WIDTH, lineBreak: false });
    fn(pdf);
    pdf.font('Helvetica').fontSize(9).text(`${n + 1} (${pageFns.length})`, 480, 800, { lineBreak: false });
  });
}
function body(pdf, y, paras) {
  pdf.y = y;
  for (const p of paras) {
    if (p.h) pdf.font('Helvetica-Bold').fontSize(12).text(p.h, LEFT, pdf.y + 6, { width: WIDTH });
    else if (p.lines) for (const l of p.lines) pdf.font('Times-Roman').fontSize(12).text(l, LEFT, pdf.y + 2, { width: WIDTH });
    else pdf.font('Times-Roman').fontSize(12).text(p, LEFT, pdf.y + 8, { width: WIDTH, align: 'left' });
  }
}
function letterhead(pdf, leftLines, rightLines) {
  pdf.rect(LEFT - 6, 50, 220, 70).lineWidth(0.5).stroke();
  leftLines.forEach((l, i) => pdf.font(i ? 'Helvetica' : 'Helvetica-Bold').fontSize(i ? 8 : 11).text(l, LEFT, 58 + i * 14, { lineBreak: false }));
  rightLines.forEach((l, i) => pdf.font('Helvetica').fontSize(10).text(l, 330, 58 + i * 14, { lineBreak: false }));
}

await pdfDoc('pdf-regeringsbeslut.pdf', (pdf) => pages(pdf, 'Regeringsbeslut 2021-04-22  I2021/01122', [
  (p) => {
    letterhead(p, ['Regeringen', 'Infrastrukturdepartementet', 'Rosenbad 4, 103 33 Stockholm'], ['Regeringsbeslut II:5', '2021-04-22', 'I2021/01122', 'I2020/03340 (delvis)']);
    p.font('Helvetica').fontSize(10).text('Trafikverket', 330, 150, { lineBreak: false }).text('781 89 Borlänge', 330, 164, { lineBreak: false });
    p.font('Helvetica-Bold').fontSize(15).text('Uppdrag att utreda förutsättningarna för nattåg till Europa', LEFT, 210, { width: WIDTH });
    body(p, p.y + 4, [
      { h: 'Regeringens beslut' },
      'Regeringen ger Trafikverket i uppdrag att utreda förutsättningarna för att upphandla nattågstrafik mellan Sverige och kontinenten. För uppdraget får Trafikverket använda högst 12 mnkr under 2021.',
      'Uppdraget ska redovisas till Regeringskansliet (Infrastrukturdepartementet) senast den 30 september 2021.',
      { h: 'Skälen för regeringens beslut' },
      'Riksdagen har beslutat om statens budget för 2021 (prop. 2020/21:1, bet. 2020/21:TU1). Trafikverket har tidigare redovisat ett uppdrag om nattåg (I2019/01234) som visade att trafiken inte kan bära sig utan statligt stöd.',
    ]);
    p.font('Helvetica').fontSize(7);
    ['Postadress 103 33 Stockholm', 'Telefonväxel 08-405 10 00'].forEach((l, i) => p.text(l, LEFT, 775 + i * 9, { lineBreak: false }));
  },
  (p) => body(p, 70, [
    'Trafikverket ska samråda med Transportstyrelsen och berörda regioner. Kostnaderna beräknas till mellan 15 och 20 miljoner euro per år.',
    { lines: ['På regeringens vägnar', '', 'Tomas Eneroth', '', 'Anna Persson'] },
    { lines: ['Kopia till', 'Finansdepartementet/BA'] },
  ]),
]));

await pdfDoc('pdf-svar-skriftlig-fraga.pdf', (pdf) => pages(pdf, 'Fi2022/00871', [
  (p) => {
    letterhead(p, ['Finansdepartementet', 'Finansministern'], ['Fi2022/00871']);
    p.font('Helvetica').fontSize(10).text('Riksdagens centralkansli', 330, 150, { lineBreak: false });
    p.font('Helvetica-Bold').fontSize(14).text('Svar på fråga 2021/22:1032 av Elisabeth Svantesson (M) Inflationens effekter på hushållens ekonomi', LEFT, 200, { width: WIDTH });
    body(p, p.y + 4, [
      'Elisabeth Svantesson har frågat mig vilka åtgärder jag avser att vidta för att mildra effekterna av den stigande inflationen för hushållen.',
      'Regeringen har föreslagit ett tillfälligt bostadsbidrag till barnfamiljer som sammanlagt uppgår till 1,1 miljarder kronor. Dessutom har regeringen i propositionen Extra ändringsbudget för 2022 (prop. 2021/22:100) föreslagit en elprischeck till hushållen.',
      'Jag följer utvecklingen noga tillsammans med Riksbanken och Finansinspektionen.',
    ]);
    p.font('Times-Roman').fontSize(12).text('Stockholm den 2 mars 2022', LEFT, p.y + 30).text('Mikael Damberg', LEFT, p.y + 24);
  },
]));

// ── .docx: a letter with its letterhead in a table (stored zip, written by hand) ──
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wRun = (t, b = false) => `<w:r>${b ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
const wPara = (t, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${wRun(t)}</w:p>`;
const wLines = (lines) => `<w:p>${lines.map((l, i) => (i ? '<w:r><w:br/></w:r>' : '') + wRun(l)).join('')}</w:p>`;
const wTable = (rows) => `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${Array.isArray(c) ? c.map((x) => wPara(x)).join('') : wPara(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
function docx(bodyXml) {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`],
    ['word/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style></w:styles>'],
  ]);
}

write('docx-remissvar.docx', docx([
  wTable([[['Miljödepartementet', 'Klimatenheten'], ['Remissvar', '2022-11-14', 'M2022/01987']], [['Ämnesråd Erik Sandberg', 'Telefon 08-405 20 00'], ['Naturvårdsverket', '106 48 Stockholm']]]),
  wPara('Yttrande över Naturvårdsverkets rapport om klimatkompensation', 'Heading1'),
  wPara('Naturvårdsverket har i skrivelse den 30 augusti 2022 (dnr NV-04512-22) begärt Regeringskansliets synpunkter på rapporten Klimatkompensation i staten.'),
  wPara('Miljödepartementet tillstyrker rapportens förslag om att statliga myndigheter ska redovisa sina utsläpp från tjänsteresor. Kostnaden för förslaget beräknas av Naturvårdsverket till 8,5 miljoner kronor per år.'),
  wPara('Förslaget om en gemensam upphandling av klimatkompensation bör enligt departementets mening utredas vidare, bland annat mot bakgrund av lagen (2016:1145) om offentlig upphandling.'),
  wLines(['Erik Sandberg', 'Ämnesråd']),
].join('')));

// ── More pages: a directive page with a sidebar, an old windows-1252 page, entities and soft hyphens ──
write('rg-dir-2021-12.html', regeringenPage('Skärpta regler om penningtvätt, Dir. 2021:12',
  `<div class="content">
  <p class="type-label">Kommittédirektiv från Finansdepartementet</p>
  <h1>Skärpta regler om penningtvätt</h1>
  <p class="published">Publicerad 26 mars 2021</p>
  <div class="body">
    <p>Kommittédirektiv</p>
    <p>Dir. 2021:12</p>
    <p>Beslut vid regeringssammanträde den 25&nbsp;mars&nbsp;2021</p>
    <h2>Sammanfattning</h2>
    <p>En särskild utredare ska se över lagen (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism. Utredaren ska bland annat analysera om gränsen för kontanta betalningar bör sänkas från 5&nbsp;000 euro till 1&nbsp;000 euro.</p>
    <p>Uppdraget ska redovisas senast den 1&nbsp;juni&nbsp;2022.</p>
    <p>(Finansdepartementet)</p>
  </div>
  <aside class="sidebar">
    <h2>Om publikationen</h2>
    <p>Ansvarig: Finansdepartementet</p>
    <p>Dokumentbeteckning: Dir. 2021:12</p>
  </aside>
</div>`));

write('rd-frs-1252.htm', Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Svar p\xe5 skriftlig fr\xe5ga 2007/08:512</title></head>
<body><div id="header"><a href="/">Riksdagen</a> | <a href="/Webbnav/index.aspx?nid=10">Dokument &amp; lagar</a></div>
<table class="meta" border="0"><tr><td>Dokument:</td><td>Svar p\xe5 skriftlig fr\xe5ga 2007/08:512</td></tr><tr><td>Datum:</td><td>2008-01-16</td></tr></table>
<h2>Svar p\xe5 fr\xe5ga 2007/08:512 av Carina H\xe4gg (s) Gr\xe4nshinder i Norden</h2>
<p>Utrikeshandelsminister Ewa Björling</p>
<p>Carina H\xe4gg har fr\xe5gat mig vilka \xe5tg\xe4rder jag avser att vidta f\xf6r att undanr\xf6ja gr\xe4nshinder mellan de nordiska l\xe4nderna.</p>
<p>Nordiska ministerr\xe5det har avsatt 250&#160;000 euro till arbetet, och Sverige bidrar dessutom med 800&#160;000 kr under 2008.</p>
<p>Stockholm den 16 januari 2008</p>
<p>Ewa Bj\xf6rling</p>
<div id="footer">Sveriges riksdag \xa9 2008</div>
</body></html>
`, 'latin1'));

// ── A two-column press release: sender column on the left, heading and body on the right ──
await pdfDoc('pdf-pressmeddelande-tvaspalt.pdf', (pdf) => pages(pdf, '', [
  (p) => {
    const L = 50, R = 210, RW = 330;
    p.font('Helvetica-Bold').fontSize(10).text('Pressmeddelande', L, 80, { lineBreak: false });
    p.font('Helvetica').fontSize(9);
    ['2021-11-08', '', 'Miljödepartementet', '', 'Kontakt', 'Sara Nilsson', 'Pressekreterare hos', 'klimat- och miljöministern', 'Telefon 072-555 12 34'].forEach((l, i) => p.text(l, L, 100 + i * 12, { lineBreak: false }));
    p.font('Helvetica-Bold').fontSize(16).text('Klimatklivet förstärks med 1,9 miljarder kronor', R, 80, { width: RW });
    p.font('Times-Roman').fontSize(11);
    let y = p.y + 12;
    for (const para of [
      'Regeringen föreslår att Klimatklivet förstärks med 1,9 miljarder kronor under 2022. Sedan starten 2015 har stödet beviljats till fler än 4 000 projekt.',
      'Naturvårdsverket ska fördela medlen och senast den 15 februari 2022 redovisa hur ansökningsomgångarna ska utformas. Den högsta stödnivån höjs från 50 till 70 procent av investeringskostnaden, och projekt under 500 000 kronor får en förenklad prövning.',
      '– Klimatklivet är en av våra mest effektiva klimatsatsningar, säger klimat- och miljöminister Annika Strandhäll.',
    ]) {
      p.text(para, R, y, { width: RW });
      y = p.y + 8;
    }
  },
]));

// ── A three-page decision: running header with the diary number, footnotes, a date and an amount broken over lines ──
await pdfDoc('pdf-regleringsbrev.pdf', (pdf) => pages(pdf, 'Regeringsbeslut 2021-12-16  U2021/04411', [
  (p) => {
    letterhead(p, ['Regeringen'], ['Regeringsbeslut 5', '2021-12-16', 'U2021/04411', 'U2021/03980']);
    // the ministry's name set with wide tracking, as on some letterheads
    p.font('Helvetica').fontSize(9).text('Utbildningsdepartementet', LEFT, 72, { characterSpacing: 2, lineBreak: false });
    p.font('Helvetica').fontSize(10).text('Skolverket', 330, 150, { lineBreak: false }).text('106 20 Stockholm', 330, 164, { lineBreak: false });
    p.font('Helvetica-Bold').fontSize(15).text('Regleringsbrev för budgetåret 2022 avseende Statens skolverk', LEFT, 210, { width: WIDTH });
    body(p, p.y + 4, [
      { h: 'Riksdagens beslut' },
      'Riksdagen har beslutat om Skolverkets anslag för 2022 (prop. 2021/22:1 utg.omr. 16, bet. 2021/22:UbU1, rskr. 2021/22:128).',
      { h: '1 Verksamhet' },
      'Skolverket ska redovisa hur myndigheten har arbetat med att stödja huvudmännens kompetensutveckling av lärare. Redovisningen ska lämnas till Regeringskansliet (Utbildningsdepartementet) senast den 31',
    ]);
  },
  (p) => body(p, 70, [
    { lines: ['mars 2023.'] },
    'Skolverket ska vidare fördela statsbidrag för lärarlönelyftet. Av anslaget får högst 3 200 000 000 kronor användas för detta ändamål¹.',
    { h: '2 Finansiering' },
    { lines: ['Anslag (tkr)', 'ap.1 Statens skolverk (ram)    1 088 542', 'ap.2 Lärarlönelyft (ram)    3 200 000'] },
    'Anslagskrediten för anslaget uppgår till 32 656 tkr.',
    { lines: ['', '¹ Förordningen (2016:100) om statsbidrag för höjda löner till lärare och vissa andra personalkategorier.'] },
  ]),
  (p) => body(p, 70, [
    { lines: ['På regeringens vägnar', '', 'Lina Axelsson Kihlblom', '', 'Erik Holm'] },
    { lines: ['Kopia till', 'Riksdagens utbildningsutskott', 'Ekonomistyrningsverket'] },
  ]),
]));

// ── A .docx decision: letterhead and signatures in tables ──
write('docx-regeringsbeslut.docx', docx([
  wTable([[['Regeringen', 'Kulturdepartementet'], ['Regeringsbeslut I:3', '2023-02-09', 'Ku2023/00231']], [[''], ['Statens kulturråd', 'Box 27215', '102 53 Stockholm']]]),
  wPara('Uppdrag att fördela medel till regional kulturverksamhet', 'Heading1'),
  wPara('Regeringens beslut', 'Heading2'),
  wPara('Regeringen ger Statens kulturråd i uppdrag att under 2023 fördela 120 miljoner kronor till regional kulturverksamhet inom ramen för kultursamverkansmodellen.'),
  wPara('Uppdraget ska redovisas senast den 31 mars 2024.'),
  wPara('Skälen för regeringens beslut', 'Heading2'),
  wPara('Av förordningen (2010:2012) om fördelning av vissa statsbidrag till regional kulturverksamhet framgår att Statens kulturråd fördelar bidragen.'),
  wPara('På regeringens vägnar'),
  wTable([['Parisa Liljestrand', 'Johan Berg']]),
].join('')));

// ── regeringen.se's own answer page: soft hyphens, no-break spaces, a "Svar på fråga" label line ──
write('rg-svar-fraga-sida.html', regeringenPage('Svar på fråga 2022/23:118 av Mats Green (M) Bostadsbyggandet i landets tillväxtkommuner',
  `<div class="content">
  <p class="type-label">Svar på skriftlig fråga från Finansdepartementet</p>
  <h1>Svar på fråga 2022/23:118 av Mats Green (M) Bostads&shy;byggandet i landets tillväxt&shy;kommuner</h1>
  <p class="published">Publicerad 30&nbsp;november&nbsp;2022</p>
  <div class="body">
    <p>Mats Green har frågat mig vilka åtgärder jag avser att vidta för att öka bostads&shy;byggandet i landets tillväxt&shy;kommuner.</p>
    <p>Investeringsstödet för hyresbostäder avvecklas enligt budget&shy;propositionen för 2023 (prop. 2022/23:1). Under 2022 betalades drygt 3&nbsp;400&nbsp;000&nbsp;000&nbsp;kronor ut i stöd. Boverket ska den 15&nbsp;januari&nbsp;2023 lämna en ny prognos över byggbehovet.</p>
    <p>Stockholm den 30 november 2022</p>
    <p>Andreas Carlson</p>
  </div>
  <div class="page-meta"><p>Ansvarig: Finansdepartementet</p></div>
</div>`));

// ── riksdagen.se: the minister's answer as the opening speech of an interpellation debate ──
write('rd-ip-debatt-anf.html', riksdagenPage('Svar på interpellation 2019/20:201 om elpriserna i södra Sverige',
  '<li><a href="/sv/webb-tv/">Webb-tv</a></li>',
  `<article class="document">
  <h1>Svar på interpellation 2019/20:201 om elpriserna i södra Sverige</h1>
  <p>Interpellationsdebatt 10 mars 2020</p>
  <p>Anf. 1 Energi- och digitaliseringsminister ANDERS YGEMAN (S):</p>
  <p>Fru talman! Lars Hjälmered har frågat mig vilka åtgärder jag avser att vidta för att sänka elpriserna för hushåll och företag i södra Sverige.</p>
  <p>Svenska kraftnät investerar under perioden 2020–2023 omkring 18 miljarder kronor i stamnätet. Den 1 juli 2020 träder dessutom nya regler om nätavgifter i kraft enligt ellagen (1997:857).</p>
  <p>Jag kommer att fortsätta följa utvecklingen noga.</p>
</article>`));

// ── An interpellation answer PDF: the first page's footer (address, phone) sits inside a sentence that runs on ──
await pdfDoc('pdf-svar-interpellation.pdf', (pdf) => pages(pdf, 'Sida 2 av 2', [
  (p) => {
    letterhead(p, ['Justitiedepartementet', 'Justitie- och migrationsministern'], ['Ju2020/03871']);
    p.font('Helvetica').fontSize(10).text('Till riksdagen', 330, 150, { lineBreak: false });
    p.font('Helvetica-Bold').fontSize(14).text('Svar på interpellation 2020/21:77 av Johan Forssell (M) Straffrabatten för unga myndiga lagöverträdare', LEFT, 200, { width: WIDTH });
    body(p, p.y + 4, [
      'Johan Forssell har frågat mig om jag avser att ta initiativ till att slopa straffrabatten för unga myndiga lagöverträdare.',
      'Regeringen har gett en särskild utredare i uppdrag att se över straffrabatten (dir. 2019:85). Utredningen överlämnade sitt betänkande Skärpta straff för unga myndiga lagöverträdare (SOU 2020:12) till regeringen den',
    ]);
    p.font('Helvetica').fontSize(7);
    ['Postadress 103 33 Stockholm', 'Telefonväxel 08-405 10 00', 'E-post: ju.registrator@regeringskansliet.se'].forEach((l, i) => p.text(l, LEFT, 770 + i * 9, { lineBreak: false }));
  },
  (p) => body(p, 70, [
    { lines: ['27 februari 2020. Förslaget har remitterats och en lagrådsremiss beräknas kunna beslutas under våren 2021.'] },
    'Stockholm den 17 november 2020',
    { lines: ['Morgan Johansson'] },
  ]),
]));

// ── A page whose label line holds type, date and ministry as items ──
write('rg-pm-etikettrad.html', regeringenPage('Ny myndighet för psykologiskt försvar',
  `<div class="content">
  <div class="label">Pressmeddelande · 14 augusti 2021 · Justitiedepartementet</div>
  <h1>Ny myndighet för psykologiskt försvar</h1>
  <p>Regeringen har i dag beslutat att inrätta Myndigheten för psykologiskt försvar den 1 januari 2022. Myndigheten får 60 miljoner kronor per år.</p>
  <p>– Sverige ska stå emot påverkanskampanjer, säger inrikesminister Mikael Damberg.</p>
  <h2>Kontakt</h2>
  <p>Per Ek<br>Pressekreterare hos inrikesminister Mikael Damberg<br>Telefon 076-000 11 22</p>
</div>`));

// ── A decision page whose letterhead line holds the type label and the date ──
write('rg-beslut-etikett-datum.html', regeringenPage('Uppdrag att stärka krisberedskapen',
  `<div id="content"><h1>Uppdrag att stärka krisberedskapen</h1>
  <p>Regeringsbeslut 2022-03-17<br>Försvarsdepartementet<br>Fö2022/00345</p>
  <p>Myndigheten för samhällsskydd och beredskap<br>651 81 Karlstad</p>
  <p>Regeringen ger Myndigheten för samhällsskydd och beredskap (MSB) i uppdrag att stärka krisberedskapen i kommunerna. MSB får använda 45 000 000 kr för uppdraget, som ska redovisas senast den 1 oktober 2022.</p>
  <p>På regeringens vägnar</p><p>Peter Hultqvist</p><p>Lena Ek</p></div>`));

// ── A memorandum whose running header (ministry, date, diary number) is printed on every page, the first too ──
await pdfDoc('pdf-promemoria-sidhuvud.pdf', (pdf) => pages(pdf, '', [1, 2].map((n) => (p) => {
  p.font('Helvetica').fontSize(9).text('Socialdepartementet', LEFT, 40, { lineBreak: false }).text('2021-05-12', 330, 40, { lineBreak: false }).text('S2021/01234', 430, 40, { lineBreak: false });
  if (n === 1) p.font('Helvetica-Bold').fontSize(14).text('Promemoria om ändrade regler för assistansersättning', LEFT, 100, { width: WIDTH });
  body(p, n === 1 ? p.y + 10 : 100, n === 1
    ? ['Assistansersättningen föreslås höjas med 2,5 procent. Kostnaden beräknas till 600 miljoner kronor per år från den 1 januari 2022.']
    : ['Förslaget har beretts med Försäkringskassan. Ändringarna föreslås träda i kraft den 1 januari 2022.']);
})));
