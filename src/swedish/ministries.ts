// The Government Offices' ministries (departement) and the letters that open their diary numbers
// (diarienummer): "S2020/05028" is the Ministry of Health and Social Affairs' case 5028 of 2020.
// Historical ministries are kept: archives hold their documents and their diary numbers.
// A prefix is case-sensitive as the Government Offices write it ("Fi", "Ju", "UD", "KN").

export interface Ministry {
  /** The name as written in documents, e.g. "Socialdepartementet". */
  name: string;
  /** Diary number prefixes the ministry has used. */
  prefixes: string[];
  /** No longer a ministry under this name (its documents and diary numbers stay in archives). */
  historical?: true;
}

export const MINISTRIES: readonly Ministry[] = [
  // Today's ministries (2023–)
  { name: 'Statsrådsberedningen', prefixes: ['SB', 'Sb'] },
  { name: 'Arbetsmarknadsdepartementet', prefixes: ['A'] },
  { name: 'Finansdepartementet', prefixes: ['Fi'] },
  { name: 'Försvarsdepartementet', prefixes: ['Fö'] },
  { name: 'Justitiedepartementet', prefixes: ['Ju'] },
  { name: 'Klimat- och näringslivsdepartementet', prefixes: ['KN'] },
  { name: 'Kulturdepartementet', prefixes: ['Ku'] },
  { name: 'Landsbygds- och infrastrukturdepartementet', prefixes: ['LI'] },
  { name: 'Socialdepartementet', prefixes: ['S'] },
  { name: 'Utbildningsdepartementet', prefixes: ['U'] },
  { name: 'Utrikesdepartementet', prefixes: ['UD'] },
  // Earlier ministries
  { name: 'Infrastrukturdepartementet', prefixes: ['I'], historical: true },
  { name: 'Näringsdepartementet', prefixes: ['N'], historical: true },
  { name: 'Miljödepartementet', prefixes: ['M'], historical: true },
  { name: 'Miljö- och energidepartementet', prefixes: ['M'], historical: true },
  { name: 'Miljö- och samhällsbyggnadsdepartementet', prefixes: ['M'], historical: true },
  { name: 'Miljö- och naturresursdepartementet', prefixes: ['M'], historical: true },
  { name: 'Landsbygdsdepartementet', prefixes: ['L'], historical: true },
  { name: 'Jordbruksdepartementet', prefixes: ['Jo'], historical: true },
  { name: 'Integrations- och jämställdhetsdepartementet', prefixes: ['IJ'], historical: true },
  { name: 'Inrikesdepartementet', prefixes: ['In'], historical: true },
  { name: 'Kommunikationsdepartementet', prefixes: ['K'], historical: true },
  { name: 'Industridepartementet', prefixes: ['I'], historical: true },
  { name: 'Civildepartementet', prefixes: ['C'], historical: true },
  { name: 'Bostadsdepartementet', prefixes: ['Bo'], historical: true },
  { name: 'Handelsdepartementet', prefixes: ['H'], historical: true },
];

/** Every diary number prefix of every ministry. */
export const DIARY_PREFIXES: ReadonlySet<string> = new Set(MINISTRIES.flatMap((m) => m.prefixes));

/** Longest prefix first, so "UD" wins over "U" and "SB" over "S". */
const BY_LENGTH = [...DIARY_PREFIXES].sort((a, b) => b.length - a.length);

/** True when `s` is exactly one ministry's diary prefix (case-sensitive). */
export function isDiaryPrefix(s: string): boolean {
  return DIARY_PREFIXES.has(s);
}

/** The longest diary prefix that `letters` ends with, e.g. "STOCKHOLMFi" → "Fi" (a prefix glued by layout). */
export function diaryPrefixAtEnd(letters: string): string | undefined {
  return BY_LENGTH.find((p) => letters.endsWith(p));
}

/** A prefix typed by a user in any case ("fi", "ud") as the Government Offices write it. */
export function canonicalDiaryPrefix(s: string): string | undefined {
  if (DIARY_PREFIXES.has(s)) return s;
  const lower = s.toLowerCase();
  return BY_LENGTH.find((p) => p.toLowerCase() === lower);
}

/** Ministries that have used `prefix` (several: "M" served three environment ministries). */
export function ministriesWithPrefix(prefix: string): Ministry[] {
  return MINISTRIES.filter((m) => m.prefixes.includes(prefix));
}
