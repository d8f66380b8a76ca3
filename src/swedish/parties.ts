// Swedish parliamentary parties as the Riksdag writes them after a member's name: "Karin Rågsjö (V)",
// older pages in lower case "Ulrica Messing (s)", historical parties ("fp", "kds", "nyd", "vpk").
// The abbreviation is kept as written in records (the gold keeps "s"); `canonicalParty` gives the
// modern upper-case form for comparisons and filters.

export interface Party {
  /** The Riksdag's abbreviation today (or at the party's end), upper case. */
  abbreviation: string;
  name: string;
  /** Other spellings of the abbreviation used over time (compared case-insensitively). */
  variants: readonly string[];
  /** Other names the party has had. */
  formerNames: readonly string[];
  historical: boolean;
}

export const PARTIES: readonly Party[] = [
  { abbreviation: 'S', name: 'Socialdemokraterna', variants: [], formerNames: ['Sveriges socialdemokratiska arbetareparti'], historical: false },
  { abbreviation: 'M', name: 'Moderaterna', variants: [], formerNames: ['Moderata samlingspartiet', 'Högerpartiet'], historical: false },
  { abbreviation: 'SD', name: 'Sverigedemokraterna', variants: [], formerNames: [], historical: false },
  { abbreviation: 'C', name: 'Centerpartiet', variants: [], formerNames: [], historical: false },
  { abbreviation: 'V', name: 'Vänsterpartiet', variants: ['VPK'], formerNames: ['Vänsterpartiet kommunisterna'], historical: false },
  { abbreviation: 'KD', name: 'Kristdemokraterna', variants: ['KDS'], formerNames: ['Kristdemokratiska samhällspartiet', 'Kristen demokratisk samling'], historical: false },
  { abbreviation: 'L', name: 'Liberalerna', variants: ['FP'], formerNames: ['Folkpartiet liberalerna', 'Folkpartiet'], historical: false },
  { abbreviation: 'MP', name: 'Miljöpartiet de gröna', variants: [], formerNames: ['Miljöpartiet'], historical: false },
  { abbreviation: 'NYD', name: 'Ny demokrati', variants: ['NyD'], formerNames: [], historical: true },
];

const BY_ABBREVIATION: ReadonlyMap<string, Party> = new Map(
  PARTIES.flatMap((p) => [p.abbreviation, ...p.variants].map((a) => [a.toUpperCase(), p] as const)),
);

const BY_NAME: ReadonlyMap<string, Party> = new Map(
  PARTIES.flatMap((p) => [p.name, ...p.formerNames].map((n) => [n.toLowerCase(), p] as const)),
);

/** Every abbreviation as written in the Riksdag's texts, longest first (regex source, use with the i flag). */
export const PARTY_ABBREVIATION_PATTERN = [...BY_ABBREVIATION.keys()].sort((a, b) => b.length - a.length).join('|');

/** True for "S", "s", "KD", "fp", "kds", "MP" …; not for "X", "EU" or a word. */
export function isPartyAbbreviation(s: string): boolean {
  return BY_ABBREVIATION.has(s.trim().toUpperCase());
}

/**
 * The party of an abbreviation or name as the Riksdag writes it today: "fp" → "L" would lose history,
 * so historical variants keep their own letters upper-cased ("fp" → "FP", "kds" → "KDS").
 */
export function canonicalParty(s: string): string | undefined {
  const key = s.trim().toUpperCase();
  if (BY_ABBREVIATION.has(key)) return key;
  return BY_NAME.get(s.trim().toLowerCase())?.abbreviation;
}

/** The party an abbreviation or name belongs to ("fp" → Liberalerna, "Folkpartiet" → Liberalerna). */
export function partyOf(s: string): Party | undefined {
  return BY_ABBREVIATION.get(s.trim().toUpperCase()) ?? BY_NAME.get(s.trim().toLowerCase());
}
