// The rule table of the classifier: which written signal names which kind of document.
//
// Each rule names a linguistic form that Swedish government documents use to designate
// themselves ("Svar på fråga 2020/21:1311 av …", "Kommittédirektiv 2023:179", "SFS-nummer · 2008:344").
// Tier 1 rules are a document's own designation; tier 2 rules are weaker cues (a heading
// phrase, a signature formula) used only when no designation is found.
import type { DocumentType } from '../record.js';

export interface TypeRule {
  /** Stable name recorded as the record's typeRule, e.g. 'heading:svar-på-fråga'. */
  id: string;
  type: DocumentType;
  /** 1 = the document's own designation; 2 = a weaker cue. */
  tier: 1 | 2;
  /** Must use the d, g, m and u flags; capture group 1 is the signal (its span is the evidence). */
  pattern: RegExp;
  /**
   * Tier to use when the signal sits in the document's first lines: a bare type word heading the
   * document ("Kommittédirektiv"). It ranks below designations (1.5) because the same words are
   * navigation items on rkrattsbaser and riksdagen.se pages.
   */
  topTier?: 1.5;
  /** Only counts within the first lines (bare words that are navigation elsewhere on a web page). */
  topOnly?: boolean;
  /** Searched in the whole text, not only the head (signature formulas near the end). */
  anywhere?: boolean;
  /**
   * Literal strings of which `pattern` cannot match without at least one (case-sensitive, as the
   * patterns are): a text holding none of them skips the regex. Only a speed-up, never a rule of
   * its own — tests/classify/needles.test.ts checks every match on the corpora contains one.
   */
  needles?: readonly string[];
  /**
   * The needles begin the signal, and the signal begins a line (the pattern opens with BOL and
   * group 1): the needle must then stand where a line's text starts, which is cheaper to look up
   * than scanning the text for each needle.
   */
  lineStart?: true;
}

// Riksmöte "2020/21", old spelling "1999/2000"; number after a colon, sometimes spaced ("2016/2017: 85").
const RM = String.raw`\d{4}\/\d{2,4}[ \t]*:[ \t]*\d{1,4}`;
// An SFS or directive number "2024:18".
const YN = String.raw`\d{4}[ \t]*:[ \t]*\d{1,4}`;
// Several numbers answered together: "frågorna 2021/22:1601 och 2021/22:1602", "2019/20:12, 2019/20:13 och 2019/20:14".
const RM_LIST = String.raw`${RM}(?:(?:[ \t]*,[ \t]*|[ \t]+och[ \t]+)${RM})*`;
// At the start of a line, after optional indentation, pandoc table bars or a Markdown heading mark.
export const BOL = String.raw`^[ \t|\u00a0]*(?:#{1,6}[ \t]+)?`;
// End of a word. JS \b is ASCII-only (it sees a boundary before "ä"), so words end where no letter or digit follows.
const EOW = String.raw`(?![\p{L}\p{N}])`;
// A whole line holding only the word(s), allowing a trailing page number ("Regeringsbeslut 6").
const ALONE = String.raw`[ \t]*(?:\d{1,3}|I+:\d+)?[ \t]*$`;

// Where a designation stands as the document's own: line start, in a PDF's right-hand box (wide gap),
// or after regeringen.se's "ID-nummer:" label. rkrattsbaser also puts it after the title ("…, Dir. 2005:96"),
// but only for directives: ", SOU 2020:3" is how running text lists reports.
export const OWN = String.raw`(?:^[ \t|\u00a0]*(?:#{1,6}[ \t]+)?|[ \t]{3,}|ID-nummer:[ \t]*)`;
export const OWN_DIR = String.raw`(?:^[ \t|\u00a0]*(?:#{1,6}[ \t]+)?|[ \t]{3,}|ID-nummer:[ \t]*|,[ \t]*)`;

const r = (source: string, flags = 'dgmu') => new RegExp(source, flags);

export const TYPE_RULES: readonly TypeRule[] = [
  // ── Answers to written questions ──
  { id: 'heading:svar-på-fråga', needles: ['Svar på '], lineStart: true, type: 'written-question-answer', tier: 1, pattern: r(`${BOL}(Svar på (?:skriftlig |skriftliga )?(?:frågorna|fråga)\\s+${RM_LIST})`) },
  { id: 'heading:svar-på-fråga-utan-nummer', needles: ['Svar på '], lineStart: true, type: 'written-question-answer', tier: 2, pattern: r(`${BOL}(Svar på (?:skriftlig |skriftliga )?(?:frågorna|fråga))${EOW}`), topTier: 1.5 },

  // ── Interpellation answers ──
  { id: 'heading:svar-på-interpellation', needles: ['Svar på interpellation'], lineStart: true, type: 'interpellation-answer', tier: 1, pattern: r(`${BOL}(Svar på interpellation(?:erna)?\\s+${RM_LIST})`) },
  { id: 'heading:interpellationsdebatt', needles: ['Interpellationsdebatt'], lineStart: true, type: 'interpellation-answer', tier: 1, pattern: r(`${BOL}(Interpellationsdebatt)${EOW}`) },
  { id: 'heading:svar-på-interpellation-utan-nummer', needles: ['Svar på interpellation'], lineStart: true, type: 'interpellation-answer', tier: 2, pattern: r(`${BOL}(Svar på interpellation(?:er|erna)?)${EOW}`) },
  // A minister's speech opening a debate: "Anf. 123 Statsrådet X (S)" then "Fru talman! … har frågat mig".
  {
    id: 'speech:anförande-har-frågat-mig', needles: ['Anf.'], lineStart: true,
    type: 'interpellation-answer',
    tier: 2,
    pattern: r(`${BOL}(Anf\\.[ \\t]*\\d{1,4}[^\\n]{0,120})\\n\\s{0,20}(?:Fru|Herr) talman![^\\n]{0,300}?har frågat mig`),
  },

  // ── Interpellations and written questions themselves ──
  { id: 'heading:interpellation', needles: ['Interpellation'], lineStart: true, type: 'interpellation', tier: 1, pattern: r(`${BOL}(Interpellation\\s+(?:nr\\.?\\s+)?${RM})`) },
  { id: 'heading:interpellation-ord', needles: ['Interpellation'], lineStart: true, type: 'interpellation', tier: 2, pattern: r(`${BOL}(Interpellation)${ALONE}`), topOnly: true, topTier: 1.5 },
  { id: 'heading:skriftlig-fråga', needles: ['Skriftlig fråga', 'Fråga'], lineStart: true, type: 'written-question', tier: 1, pattern: r(`${BOL}((?:Skriftlig fråga|Fråga)\\s+(?:nr\\.?\\s+)?${RM})`) },
  { id: 'heading:skriftlig-fråga-ord', needles: ['Skriftlig fråga'], lineStart: true, type: 'written-question', tier: 2, pattern: r(`${BOL}(Skriftlig fråga)${ALONE}`), topOnly: true, topTier: 1.5 },

  // ── Committee directives ──
  { id: 'heading:kommittédirektiv', needles: ['Kommittédirektiv', 'Tilläggsdirektiv'], lineStart: true, type: 'committee-directive', tier: 1, pattern: r(`${BOL}((?:Kommittédirektiv|Tilläggsdirektiv)[ \\t]+(?:nr\\.?[ \\t]+)?${YN})`) },
  // "Dir. 2024:18" as the document's own designation: alone on a line, after the title ("…, Dir. 2005:96")
  // or in the right-hand box of a PDF; running text cites directives in lower case "(dir. 2016:65)".
  { id: 'designation:dir', needles: ['Dir'], type: 'committee-directive', tier: 1, pattern: r(`${OWN_DIR}(Dir\\.?[ \\t]*${YN})`) },
  { id: 'label:kommittédirektiv-från', needles: ['Kommittédirektiv'], lineStart: true, type: 'committee-directive', tier: 1, pattern: r(`${BOL}(Kommittédirektiv[ \\t]+från)[ \\t]+\\p{Lu}`) },
  { id: 'heading:kommittédirektiv-ord', needles: ['Kommittédirektiv'], lineStart: true, type: 'committee-directive', tier: 2, pattern: r(`${BOL}(Kommittédirektiv)${ALONE}`), topOnly: true, topTier: 1.5 },
  { id: 'heading:tilläggsdirektiv', needles: ['Tilläggsdirektiv till'], lineStart: true, type: 'committee-directive', tier: 2, pattern: r(`${BOL}(Tilläggsdirektiv till)${EOW}`) },
  { id: 'text:beslut-vid-regeringssammanträde', needles: ['Beslut vid regeringssammanträde'], lineStart: true, type: 'committee-directive', tier: 2, pattern: r(`${BOL}(Beslut vid regeringssammanträde)${EOW}`) },

  // ── Statutes (SFS) ──
  { id: 'heading:sfs-nummer', needles: ['SFS'], lineStart: true, type: 'statute', tier: 1, pattern: r(`${BOL}((?:SFS-nummer|SFS[ \\t]+nr|SFS)[ \\t·:.]*${YN})`) },
  { id: 'heading:svensk-författningssamling', needles: ['Svensk författningssamling'], lineStart: true, type: 'statute', tier: 1, pattern: r(`${BOL}(Svensk författningssamling)(?:[ \\t]+SFS[ \\t]+${YN})?[ \\t]*$`) },
  // "Lag (2008:344) om …", "Förordning (2018:2069) om …", "Mervärdesskattelag (1994:200)".
  {
    id: 'heading:författningsrubrik', needles: ['('],
    type: 'statute',
    tier: 1,
    pattern: r(`${BOL}((?:\\p{Lu}\\p{Ll}{0,40})?(?:[Ll]ag|[Bb]alk|[Ff]örordning|[Kk]ungörelse|[Ss]tadga|[Rr]eglemente)[ \\t]+\\(${YN}\\))`),
  },
  { id: 'text:utfärdad', needles: ['Utfärdad'], lineStart: true, type: 'statute', tier: 2, pattern: r(`${BOL}(Utfärdad(?::|[ \\t]+den))`) },

  // ── Bills ──
  { id: 'heading:regeringens-proposition', needles: ['Regeringens proposition'], lineStart: true, type: 'bill', tier: 1, pattern: r(`${BOL}(Regeringens proposition(?:[ \\t]+${RM})?)${EOW}`) },
  { id: 'designation:prop', needles: ['Prop.', 'Proposition'], type: 'bill', tier: 1, pattern: r(`${OWN}((?:Prop\\.|Proposition)[ \\t]*${RM})`) },
  { id: 'label:proposition-från', needles: ['Proposition'], lineStart: true, type: 'bill', tier: 1, pattern: r(`${BOL}(Proposition[ \\t]+från)[ \\t]+\\p{Lu}`) },
  { id: 'heading:propositionsnummer', needles: ['Propositionsnummer'], lineStart: true, type: 'bill', tier: 1, pattern: r(`${BOL}(Propositionsnummer)${EOW}`) },
  { id: 'text:överlämnar-proposition', needles: ['Regeringen överlämnar denna proposition'], type: 'bill', tier: 2, pattern: r(`(Regeringen överlämnar denna proposition)`) },

  // ── Letters: government communications, replies, consultation responses ──
  { id: 'heading:regeringens-skrivelse', needles: ['Regeringens skrivelse'], lineStart: true, type: 'letter', tier: 1, pattern: r(`${BOL}(Regeringens skrivelse(?:[ \\t]+${RM})?)${EOW}`) },
  { id: 'label:skrivelse-från', needles: ['Skrivelse'], lineStart: true, type: 'letter', tier: 1, pattern: r(`${BOL}(Skrivelse[ \\t]+från)[ \\t]+\\p{Lu}`) },
  { id: 'designation:skr', needles: ['Skr.', 'Skrivelse'], type: 'letter', tier: 1, pattern: r(`${OWN}((?:Skr\\.|Skrivelse)[ \\t]*${RM})`) },
  { id: 'heading:svar-på-skrivelse', needles: ['Svar på '], lineStart: true, type: 'letter', tier: 1, pattern: r(`${BOL}(Svar på (?:skrivelse|brev|ert brev|er skrivelse|e-post|remiss)${EOW})`) },
  { id: 'heading:remissvar', needles: ['Remiss', 'REMISS', 'Yttrande', 'YTTRANDE'], lineStart: true, type: 'letter', tier: 1, pattern: r(`${BOL}(Remissvar|REMISSVAR|Remissyttrande|REMISSYTTRANDE|Yttrande|YTTRANDE)${EOW}`) },
  // A ministry's remiss (request for comments) is a letter to the consultation bodies: the bare word
  // heading it ("Remiss") or its heading "Remiss av promemorian …"; regeringen.se labels it "Remiss från …".
  { id: 'label:remiss-från', needles: ['Remiss'], lineStart: true, type: 'letter', tier: 1, pattern: r(`${BOL}(Remiss[ \\t]+från)[ \\t]+\\p{Lu}`) },
  // The bare word may also stand in a PDF's right-hand box on the letterhead line ("Finansdepartementet      Remiss").
  { id: 'heading:remiss', needles: ['Remiss'], type: 'letter', tier: 2, pattern: r(`${OWN}(Remiss)${ALONE}`), topTier: 1.5 },
  { id: 'heading:remiss-av', needles: ['Remiss'], lineStart: true, type: 'letter', tier: 2, pattern: r(`${BOL}(Remiss)[ \\t]+(?:av|gällande|avseende|angående|rörande)[ \\t]+\\p{L}`), topTier: 1.5 },
  { id: 'text:överlämnar-skrivelse', needles: ['Regeringen överlämnar denna skrivelse'], type: 'letter', tier: 2, pattern: r(`(Regeringen överlämnar denna skrivelse)`) },
  { id: 'text:mottagit-skrivelse', needles: ['har mottagit '], type: 'letter', tier: 2, pattern: r(`(har mottagit (?:er|Er|din|Din|ert|Ert) (?:skrivelse|brev|e-post|hemställan))`) },

  { id: 'signature:med-vänlig-hälsning', needles: ['Med vänlig'], type: 'letter', tier: 2, pattern: r(`${BOL}(Med vänlig(?:a)? hälsning(?:ar)?)`), anywhere: true },
  { id: 'heading:referens', needles: ['Er', 'Vår'], lineStart: true, type: 'letter', tier: 2, pattern: r(`${BOL}((?:Er|Ert|Vår|Vårt) (?:referens|dnr|beteckning))${EOW}`) },

  // ── Press releases ──
  { id: 'heading:pressmeddelande', needles: ['Pressmeddelande'], lineStart: true, type: 'press-release', tier: 1, pattern: r(`${BOL}(Pressmeddelande)${EOW}`) },

  // ── Government decisions ──
  { id: 'label:regeringsuppdrag', needles: ['Regeringsuppdrag'], lineStart: true, type: 'government-decision', tier: 1, pattern: r(`${BOL}(Regeringsuppdrag)(?:[ \\t]+från[ \\t]+\\p{Lu}[^\\n]*)?[ \\t]*$`) },
  { id: 'heading:regeringsbeslut', needles: ['Regeringsbeslut'], lineStart: true, type: 'government-decision', tier: 1, pattern: r(`${BOL}(Regeringsbeslut)(?!\\p{Ll})`) },
  { id: 'heading:regeringens-beslut', needles: ['Regeringens beslut'], lineStart: true, type: 'government-decision', tier: 1, pattern: r(`${BOL}(Regeringens beslut)[ \\t]*$`) },
  { id: 'heading:regleringsbrev', needles: ['Ändring av ', 'Regleringsbrev', 'regleringsbrev'], lineStart: true, type: 'government-decision', tier: 2, pattern: r(`${BOL}((?:Ändring av )?[Rr]egleringsbrev(?:et)? för budgetåret)`) },
  { id: 'heading:uppdrag', needles: ['Uppdrag '], lineStart: true, type: 'government-decision', tier: 2, pattern: r(`${BOL}(Uppdrag (?:att|till|om)${EOW})`), topOnly: true },
  { id: 'signature:på-regeringens-vägnar', needles: ['På regeringens vägnar'], type: 'government-decision', tier: 2, pattern: r(`${BOL}(På regeringens vägnar)`), anywhere: true },

  // ── Other: minutes, inquiry reports and pages about them ──
  { id: 'heading:protokoll-regeringssammanträde', needles: ['Utdrag ur ', 'Protokoll', 'protokoll', 'PROTOKOLL'], lineStart: true, type: 'other', tier: 1, pattern: r(`${BOL}((?:Utdrag ur )?(?:[Pp]rotokoll|PROTOKOLL)(?:[ \\t]+[IVX]{1,4}:\\d{1,3})?\\s+(?:vid|från) regeringssammanträde)`) },
  // Riksdag documents that are none of the types: motions, committee reports, the chamber's minutes.
  {
    id: 'designation:riksdagsdokument', needles: ['Motion', 'motion', 'Betänkande', 'betänkande', 'Riksdagens protokoll', 'Protokoll'],
    type: 'other',
    tier: 1,
    pattern: r(`${BOL}((?:Motion|Kommittémotion|Partimotion|Motion till riksdagen)[ \\t]+${RM}|(?:\\p{Lu}\\p{Ll}{0,30}s )?[Bb]etänkande\\s+\\d{4}\\/\\d{2,4}:\\p{Lu}\\p{L}{0,4}\\d{1,3}|Riksdagens protokoll|Protokoll[ \\t]+${RM})`),
  },
  // regeringen.se labels a page "<type> från <ministry>"; those that are none of the types.
  {
    id: 'label:övrig-typ-från', needles: ['Artikel', 'Debattartikel', 'Tal', 'Uttalande', 'Rapport', 'Promemoria', 'Faktapromemoria', 'Lagrådsremiss', 'Informationsmaterial', 'Statens offentliga utredningar', 'Departementsserien'], lineStart: true,
    type: 'other',
    tier: 1,
    pattern: r(`${BOL}((?:Artikel|Debattartikel|Tal|Uttalande|Rapport|Promemoria|Faktapromemoria|Lagrådsremiss|Informationsmaterial|Statens offentliga utredningar|Departementsserien)[ \\t]+från)[ \\t]+\\p{Lu}`),
  },
  // The Government Offices' EU fact memos: "Faktapromemoria 2022/23:FPM45".
  { id: 'designation:faktapromemoria', needles: ['Faktapromemoria'], lineStart: true, type: 'other', tier: 1, pattern: r(`${BOL}(Faktapromemoria[ \\t]+\\d{4}\\/\\d{2,4}[ \\t]*:[ \\t]*FPM[ \\t]*\\d{1,4})`) },
  { id: 'designation:sou-ds', needles: ['SOU', 'Ds'], type: 'other', tier: 1, pattern: r(`${OWN}((?:SOU|Ds)[ \\t]+${YN})`) },
  {
    id: 'heading:övrig-dokumenttyp', needles: ['Statens offentliga utredningar', 'Departementsserien', 'Lagrådsremiss', 'Promemoria', 'Faktapromemoria', 'Debattartikel', 'Tal', 'Motion till riksdagen', 'Kommittémotion', 'Betänkande'], lineStart: true,
    type: 'other',
    tier: 2,
    pattern: r(`${BOL}(Statens offentliga utredningar|Departementsserien|Lagrådsremiss|Promemoria|Faktapromemoria|Debattartikel|Tal|Motion till riksdagen|Kommittémotion|Betänkande)${ALONE}`),
    topOnly: true,
    topTier: 1.5,
  },
];
