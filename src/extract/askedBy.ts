// The member of the Riksdag who asked: for written questions, interpellations and their answers.
//
// Where the Riksdag's and the Government Offices' texts name the asker, strongest first:
//   1. the designation heading: "Svar på fråga 2020/21:1311 av Karin Rågsjö (V)",
//      "Fråga 2020/21:1311 av …", "Interpellation 2006/07:663 av Messing, Ulrica (s)" (surname first
//      on old riksdagen pages: given as "Ulrica Messing")
//   2. a line of its own under the heading: "av Jeff Ahl (SD)"
//   3. a heading without the party: "Svar på fråga 2020/21:1311 av Karin Rågsjö" (party null)
//   4. the answer's opening: "Hans Olsson har frågat mig …", "Fru talman! Bosse Ringholm har frågat
//      mig …" — the party then only when the text writes the same name with one elsewhere
//      ("Anf. 112 Bosse Ringholm (S)"); "Fru talman! har frågat mig" names no one.
// The answering minister ("besvarad av Statsrådet Tomas Eneroth (S)", "till socialminister Lena
// Hallengren (S)") is never the asker. The party is kept as written ("s" on old pages).
import { maskArtifacts } from '../classify/layout.js';
import type { Asker, Fact, ReadDocument } from '../record.js';
import { isPartyAbbreviation } from '../swedish/parties.js';
import { isTitle } from '../swedish/titles.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'askedBy', version: 4 };

/** One word of a person's name: "Karin", "Rågsjö", "Elmsäter-Svärd", "O'Brien". */
const WORD = String.raw`\p{Lu}[\p{L}'’]{1,30}(?:-\p{Lu}[\p{L}'’]{1,30})?`;
/** Lower-case particles inside names: "Peter von Wowern", "Hanna de Ruyter". */
const PARTICLE = String.raw`(?:von|van|af|de|der|du|la|di|da|el|al|bin|ibn)`;
/** A middle initial: "Jan R Andersson", "Anders W. Jonsson" (the Riksdag tells members apart so). */
const INITIAL = String.raw`\p{Lu}\.?`;
/**
 * Two to four name words, particles or a middle initial allowed between them; members who share a
 * name are told apart by their home town: "Mattias Karlsson i Luleå".
 */
const NAME = String.raw`${WORD}(?:[ \t]{1,3}(?:(?:${PARTICLE}|${INITIAL})[ \t]{1,3})?${WORD}){1,3}(?:[ \t]{1,3}i[ \t]{1,3}${WORD})?`;
/** "Messing, Ulrica": surname(s), comma, given name(s). */
const SURNAME_FIRST = String.raw`(?<last>${WORD}(?:[ \t]{1,3}${WORD}){0,2}),[ \t]{0,3}(?<first>${WORD}(?:[ \t]{1,3}${WORD}){0,1})`;
const ASKER = String.raw`(?:${SURNAME_FIRST}|(?<name>${NAME}))[ \t]{0,3}\((?<party>[\p{L}-]{1,4})\)`;

/** Riksmöte and number: "2020/21:1311", old spelling "1999/2000:12", spaced "2016/2017: 85". */
const RM = String.raw`\d{4}\/\d{2,4}[ \t]{0,3}:[ \t]{0,3}\d{1,4}`;
const LINE_START = String.raw`^[ \t|\u00a0]{0,40}(?:#{1,6}[ \t]{1,3})?`;

// one answer may reply to several questions: "Svar på frågorna 2020/21:1311 och 2020/21:1313 av …"
const DESIGNATION = String.raw`(?:Svar[ \t]+på[ \t]+(?:skriftlig[ \t]+|skriftliga[ \t]+)?fråg(?:a|orna)|Svar[ \t]+på[ \t]+interpellation(?:erna)?|Skriftlig[ \t]+fråga|Fråga|Interpellation)(?:[ \t]+nr\.?)?[ \t]+${RM}(?<mid>[^\n]{0,200}?)[ \t]av[ \t]{1,3}${ASKER}`;
const HEADING = new RegExp(`${LINE_START}${DESIGNATION}`, 'dgmu');
/** The same heading glued to the text before it by layout ("Statsrådet Mikael Damberg (S)Svar på fråga …"). */
const HEADING_INLINE = new RegExp(`(?<![\\p{L}])${DESIGNATION}`, 'dgu');
/** A heading that names the asker without a party: "Svar på fråga 2020/21:1311 av Karin Rågsjö". */
const HEADING_NO_PARTY = new RegExp(
  `${LINE_START}(?:Svar[ \\t]+på[ \\t]+(?:skriftlig[ \\t]+)?fråga|Svar[ \\t]+på[ \\t]+interpellation|Skriftlig[ \\t]+fråga|Fråga|Interpellation)(?:[ \\t]+nr\\.?)?[ \\t]+${RM}[ \\t]+av[ \\t]{1,3}(?<name>${NAME})[ \\t]*\\r?$`,
  'dgmu',
);
const AV_LINE = new RegExp(`${LINE_START}av[ \\t]{1,3}${ASKER}`, 'dgmu');
/** "har frågat", "har i en interpellation frågat", "har ställt en fråga": the name stands just before. */
const HAS_ASKED = /(?<![\p{L}])har\s{1,3}(?:(?:i\s{1,3}(?:en|sin|denna)\s{1,3}(?:interpellation|skriftliga?\s{1,3}fråga|fråga)|också|även|vidare)\s{1,3})?(?:frågat|ställt\s{1,3}(?:(?:en|två|tre|fyra|fem|sex|några|flera|följande|denna|dessa|ett\s{1,3}antal)\s{1,3})?(?:skriftliga?\s{1,3})?fråg)/gu;
/** Words that may stand capitalised before a name in a speech but are no part of it ("Herr Talman Anna Ek har frågat"). */
const NOT_NAME = /^(?:Herr|Fru|Talman|Talmannen|Ledamoten|Riksdagsledamoten)$/u;

const WORD_ALONE = new RegExp(`^${WORD}$`, 'u');
const INITIAL_ALONE = new RegExp(`^${INITIAL}$`, 'u');
const PARTICLE_ALONE = new RegExp(`^${PARTICLE}$`, 'u');

function partyOrNull(written: string): string | null | undefined {
  if (written === '-') return null; // a member without party ("politisk vilde")
  return isPartyAbbreviation(written) ? written : undefined;
}

/** The asker written with a party in a heading or an "av …" line. */
function fromPattern(text: string, pattern: RegExp): Fact<Asker> | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const g = m.groups!;
    // "… besvarad av Statsrådet Tomas Eneroth (S)" names the minister who answered
    if (g['mid'] !== undefined && /besvara[dt]$/iu.test(g['mid'].trimEnd())) continue;
    const party = g['party'] === undefined ? null : partyOrNull(g['party']);
    if (party === undefined) continue;
    const name = g['name'] ?? `${g['first']} ${g['last']}`;
    if (isTitle(name.split(/\s+/)[0]!)) continue; // "av Statsrådet …"
    const ix = m.indices!.groups!;
    const start = (ix['name'] ?? ix['last'])![0];
    return { value: { name: name.replace(/\s+/g, ' '), party }, start, end: m.index + m[0].length };
  }
  return undefined;
}

/** "Hans Olsson har frågat mig": the name words just before "har frågat", at least two. */
function fromHasAsked(text: string): Fact<Asker> | undefined {
  HAS_ASKED.lastIndex = 0;
  for (let m = HAS_ASKED.exec(text); m; m = HAS_ASKED.exec(text)) {
    // the few words before, on the same line (searched in a bounded window: linear on one huge line)
    const window = text.slice(Math.max(0, m.index - 160), m.index);
    const before = window.slice(window.lastIndexOf('\n') + 1);
    let party: string | null = null;
    let head = before.trimEnd();
    const p = /\((?<party>[\p{L}-]{1,4})\)$/u.exec(head);
    if (p) {
      const known = partyOrNull(p.groups!['party']!);
      if (known !== undefined) party = known;
      head = head.slice(0, p.index).trimEnd();
    }
    // walk back over the name's words, keeping where the first one starts
    const words: string[] = [];
    const starts: number[] = [];
    let at = head.length;
    while (words.length < 5) {
      let s0 = at;
      while (s0 > 0 && head[s0 - 1] !== ' ' && head[s0 - 1] !== '\t') s0--;
      const t = head.slice(s0, at);
      // "Mattias Karlsson i Luleå": "i" only before the last word (the home town)
      const town = t === 'i' && words.length === 1;
      if (!(WORD_ALONE.test(t) || town || (words.length > 0 && (PARTICLE_ALONE.test(t) || INITIAL_ALONE.test(t))))) break;
      words.unshift(t);
      starts.unshift(s0);
      at = s0;
      while (at > 0 && (head[at - 1] === ' ' || head[at - 1] === '\t')) at--;
      if (at === s0) break;
    }
    // "Riksdagsledamoten Anna Ek", "Statsrådet Ek": the title before a name is not part of it
    while (words.length > 0 && (PARTICLE_ALONE.test(words[0]!) || INITIAL_ALONE.test(words[0]!) || NOT_NAME.test(words[0]!) || isTitle(words[0]!))) {
      words.shift();
      starts.shift();
    }
    if (words.length < 2) continue;
    // "… i Luleå" needs a full name before it
    if (words.indexOf('i') >= 0 && words.indexOf('i') < 2) continue;
    const name = words.join(' ');
    const base = m.index - before.length;
    const start = base + starts[0]!;
    return { value: { name, party: party ?? partyElsewhere(text, name) }, start, end: base + before.trimEnd().length };
  }
  return undefined;
}

/** The party the text writes beside the same name elsewhere ("Anf. 112 Bosse Ringholm (S)"), else null. */
function partyElsewhere(text: string, name: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
  const re = new RegExp(`(?<![\\p{L}])${escaped}[ \\t]{0,3}\\((?<party>[\\p{L}-]{1,4})\\)`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const party = partyOrNull(m.groups!['party']!);
    if (party !== undefined) return party;
  }
  return null;
}

export function extract(doc: ReadDocument, _ctx?: ExtractContext): Fact<Asker>[] {
  const text = maskArtifacts(doc.text);
  const found = fromPattern(text, HEADING) ?? fromPattern(text, AV_LINE) ?? fromPattern(text, HEADING_INLINE) ?? fromPattern(text, HEADING_NO_PARTY) ?? fromHasAsked(text);
  return found ? [found] : [];
}

export default { meta, extract } satisfies Extractor<Asker>;
