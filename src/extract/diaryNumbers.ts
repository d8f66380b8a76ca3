// Every diary number (diarienummer) in the text, without the words around it ("Dnr", "(delvis)",
// "m.fl."): Government Offices style "S2020/05028", "N2018/03998/TIF", joined when layout split or
// glued it; agency style ("Dnr 4.1-12345/2021") only when labelled. The grammar lives in
// src/swedish/designations.ts; repeats are removed by the orchestrator.
import type { Fact, ReadDocument } from '../record.js';
import { findDiaryNumbers } from '../swedish/designations.js';
import type { ExtractContext, Extractor } from './types.js';

export const meta = { field: 'diaryNumbers', version: 4 };

export function extract(doc: ReadDocument, _ctx?: ExtractContext): Fact<string>[] {
  return findDiaryNumbers(doc.text).map((d) => ({ value: d.id, start: d.start, end: d.end }));
}

export default { meta, extract } satisfies Extractor<string>;
