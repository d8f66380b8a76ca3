// Titles and roles written beside a name in Swedish government texts: ministers ("Socialminister",
// "Statsrådet", "justitie- och migrationsministern", "Minister för högre utbildning och forskning"),
// Government Offices officials ("kansliråd", "departementssekreterare", "ämnesråd",
// "expeditionschef") and agency officials ("generaldirektören", "avdelningschefen", "enhetschefen",
// "verksjuristen"), in the indefinite or the definite form, with prefixes such as "biträdande",
// "t.f.", "vice". Swedish builds titles by compounding ("avdelnings|chef", "general|direktör"), so a
// title is recognised by its head word; heads that also end ordinary nouns ("råd": "samråd",
// "förråd") are listed as whole words instead.

import { singleSpaced, withoutSoftHyphens } from '../scan.js';

/**
 * Heads that make any compound a title, each with its inflected forms (indefinite, definite, plural,
 * definite plural): "chef" covers "avdelningschef", "enhetschefen", "rättscheferna".
 */
const COMPOUND_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['minister', ['minister', 'ministern', 'ministrar', 'ministrarna']],
  ['chef', ['chef', 'chefen', 'chefer', 'cheferna']],
  ['direktör', ['direktör', 'direktören', 'direktörer', 'direktörerna']],
  ['sekreterare', ['sekreterare', 'sekreteraren', 'sekreterarna']],
  ['jurist', ['jurist', 'juristen', 'jurister', 'juristerna']],
  ['handläggare', ['handläggare', 'handläggaren', 'handläggarna']],
  ['utredare', ['utredare', 'utredaren', 'utredarna']],
  ['sakkunnig', ['sakkunnig', 'sakkunnige', 'sakkunniga']],
  ['ordförande', ['ordförande', 'ordföranden']],
  ['intendent', ['intendent', 'intendenten']],
  ['rådgivare', ['rådgivare', 'rådgivaren', 'rådgivarna']],
  ['kansler', ['kansler', 'kanslern']],
  ['åklagare', ['åklagare', 'åklagaren']],
  ['hövding', ['hövding', 'hövdingen']],
  ['inspektör', ['inspektör', 'inspektören']],
  ['revisor', ['revisor', 'revisorn']],
  ['analytiker', ['analytiker', 'analytikern']],
  ['controller', ['controller', 'controllern']],
  ['strateg', ['strateg', 'strategen']],
  ['specialist', ['specialist', 'specialisten']],
  ['samordnare', ['samordnare', 'samordnaren']],
  ['förhandlare', ['förhandlare', 'förhandlaren']],
  ['ombudsman', ['ombudsman', 'ombudsmannen']],
  ['föredragande', ['föredragande', 'föredraganden']],
  ['president', ['president', 'presidenten']],
  ['domare', ['domare', 'domaren']],
  ['professor', ['professor', 'professorn']],
  ['notarie', ['notarie', 'notarien']],
  ['assessor', ['assessor', 'assessorn']],
]);

/** Titles ending in "råd" (a noun head shared with "samråd", "förråd"), listed whole. */
const RÅD_TITLES = [
  'statsråd', 'kansliråd', 'ämnesråd', 'departementsråd', 'justitieråd', 'regeringsråd', 'kammarråd',
  'hovrättsråd', 'rättsråd', 'kommerseråd', 'byråråd', 'utrikesråd', 'handelsråd', 'ambassadråd',
  'lagmansråd', 'tullråd', 'skolråd', 'medicinalråd', 'överdirektörsråd', 'kammarrättsråd',
  'förvaltningsrättsråd', 'kommunalråd', 'regionråd', 'landstingsråd', 'oppositionsråd',
];

/** Other whole-word titles (and their definite forms) that no compound head covers. */
const OTHER_TITLES = ['landshövding', 'rektor', 'rektorn', 'generalsekreterare', 'riksantikvarie', 'riksantikvarien', 'riksarkivarie', 'riksarkivarien', 'statsministern', 'statsminister', 'talman', 'talmannen', 'riksdagsledamot', 'riksdagsledamoten', 'ledamot', 'ledamoten', 'överbefälhavare', 'överbefälhavaren', 'rikspolischef', 'lagman', 'lagmannen', 'rådman', 'rådmannen', 'chefsrådman', 'chefsrådmannen'];

const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...RÅD_TITLES.flatMap((t) => [t, `${t}et`, `${t}en`, `${t}ena`]),
  ...OTHER_TITLES,
]);

/** Words before a title that keep it a title: "biträdande avdelningschef", "t.f. generaldirektör", "vice statsminister". */
const PREFIXES = /^(?:(?:biträdande|bitr\.|t\.\s?f\.|tf\.?|tillförordnad(?:e)?|vice|ställföreträdande|förste|första|senior(?:a)?|särskild(?:e|a)?|ansvarig(?:e|a)?|chefs-?)\s+)+/u;

/** "justitie- och migrationsminister", "arbetsmarknads-, jämställdhets- och integrationsministern": coordinated compounds. */
const COORDINATED = /^(?:\p{L}{1,30}-\s*,\s*)*\p{L}{1,30}-\s+(?:och|samt)\s+(\p{L}{2,40})$/u;

/** "minister för högre utbildning och forskning", "statsråd med ansvar för …", "chef för rättssekretariatet". */
const WITH_DOMAIN = /^(\p{L}{2,40})\s+(?:för|vid|på|i|med\s+ansvar\s+för)\s+[\p{Ll}\d][\p{L}\d\s,.\-–]{0,120}$/u;

/** The compound heads' forms by their last letter: a word can only end with the forms sharing its last letter. */
const FORMS_BY_LAST_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const forms of COMPOUND_HEADS.values()) for (const f of forms) byLast.set(f.slice(-1), [...(byLast.get(f.slice(-1)) ?? []), f]);
  return byLast;
})();

const LETTERS_2_40 = /^\p{L}{2,40}$/u;

/** True when one word is a title: "Socialminister", "statsrådet", "enhetschefen", "kansliråd". */
export function isTitleWord(word: string): boolean {
  const w = withoutSoftHyphens(word.toLowerCase());
  if (!LETTERS_2_40.test(w)) return false;
  if (TITLE_WORDS.has(w)) return true;
  const forms = FORMS_BY_LAST_LETTER.get(w.slice(-1));
  if (forms) for (const f of forms) if (w.endsWith(f)) return true;
  return false;
}

/** More than 160 printable ASCII characters: whatever the white space, the phrase is longer than any title. */
function longerThanAnyTitle(phrase: string): boolean {
  if (phrase.length <= 160) return false;
  let n = 0;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c > 32 && c < 127 && ++n > 160) return true;
  }
  return false;
}

const WHITE_SPACE = /\s/;

/**
 * True when the whole phrase is a title as written beside a name: "Socialminister",
 * "Statsrådet", "Justitie- och migrationsminister", "Minister för högre utbildning och forskning",
 * "biträdande avdelningschefen", "t.f. generaldirektör". A sentence, a name or a ministry is not.
 */
export function isTitle(phrase: string): boolean {
  // Running text (a paragraph read as a segment) needs no normalising to be rejected: its letters
  // alone are more than the 160 characters a title may have.
  if (longerThanAnyTitle(phrase)) return false;
  // One word: no prefix, coordination or domain (each needs white space) can apply.
  if (!WHITE_SPACE.test(phrase)) {
    const word = withoutSoftHyphens(phrase).toLowerCase();
    return word.length > 0 && word.length <= 160 && isTitleWord(word);
  }
  let s = singleSpaced(withoutSoftHyphens(phrase)).trim().toLowerCase();
  if (s.length === 0 || s.length > 160) return false;
  s = s.replace(PREFIXES, '');
  // every coordinated compound holds a hyphen ("justitie- och …"): most phrases skip the pattern
  const coordinated = s.includes('-') ? COORDINATED.exec(s) : null;
  if (coordinated) return isTitleWord(coordinated[1]!);
  const domain = WITH_DOMAIN.exec(s);
  if (domain) return isTitleWord(domain[1]!);
  return isTitleWord(s);
}

/** True for a minister's title: "Socialminister", "statsrådet", "statsministern", "minister för …". */
export function isMinisterTitle(phrase: string): boolean {
  if (!isTitle(phrase)) return false;
  const s = withoutSoftHyphens(phrase.toLowerCase());
  return /(?:minister|ministern|statsråd|statsrådet)(?![\p{L}])/u.test(s);
}
