// The designation grammar (src/swedish/designations.ts) and the ministries' diary prefixes.
import { describe, expect, it } from 'vitest';
import { canonicalSession, findDesignations, parseDesignationQuery } from '../../src/swedish/designations.js';
import { DIARY_PREFIXES, MINISTRIES, canonicalDiaryPrefix, diaryPrefixAtEnd, ministriesWithPrefix } from '../../src/swedish/ministries.js';

describe('canonicalSession', () => {
  it.each([
    ['2020', '21', '2020/21'],
    ['2016', '2017', '2016/17'],
    ['1989', '1990', '1989/90'],
    ['1999', '2000', '1999/2000'],
    ['1999', '00', '1999/2000'],
    ['2009', '10', '2009/10'],
    ['2005', '06', '2005/06'],
  ])('%s/%s → %s', (a, b, want) => expect(canonicalSession(a, b)).toBe(want));
  it.each([
    ['2020', '22'],
    ['2020', '2022'],
    ['2016', '05028'.slice(0, 2)],
    ['2016', '2117'],
    ['2024', '00825'],
    ['2017', '018'],
  ])('%s/%s is no riksmöte', (a, b) => expect(canonicalSession(a, b)).toBeUndefined());
});

describe('parseDesignationQuery: what a user pastes → the id as stored', () => {
  it.each([
    ['S2020/05028', 'diary', 'S2020/05028'],
    ['  fi2021/00123 ', 'diary', 'Fi2021/00123'],
    ['ud2019/12345/fmr', 'diary', 'UD2019/12345/FMR'],
    ['I2019/ 01750/TP', 'diary', 'I2019/01750/TP'],
    ['ju2016/05468/l6', 'diary', 'Ju2016/05468/L6'],
    ['Fi98/1234', 'diary', 'Fi98/1234'],
    ['Dnr 4.1-12345/2021', 'diary', '4.1-12345/2021'],
    ['SOU 2021:25', 'sou', 'SOU 2021:25'],
    ['sou 2021:25', 'sou', 'SOU 2021:25'],
    ['SOU2021:25', 'sou', 'SOU 2021:25'],
    ['Ds 2020:3', 'ds', 'Ds 2020:3'],
    ['ds 2020:3', 'ds', 'Ds 2020:3'],
    ['prop. 2020/21:1', 'bill', '2020/21:1'],
    ['Prop 2020/21:1', 'bill', '2020/21:1'],
    ['proposition 1989/1990:90', 'bill', '1989/90:90'],
    ['2020/21:1311', 'riksdag-question', '2020/21:1311'],
    ['fråga 2016/2017: 85', 'riksdag-question', '2016/17:85'],
    ['interpellation 2020/21:123', 'riksdag-question', '2020/21:123'],
    ['fr. 2020/21:1311', 'riksdag-question', '2020/21:1311'],
    ['ip. 2020/21:123', 'riksdag-question', '2020/21:123'],
    ['bet. 2019/20:SoU12', 'committee-report', '2019/20:SoU12'],
    ['2019/20:SoU12', 'committee-report', '2019/20:SoU12'],
    ['bet. 1992/93:NU 30', 'committee-report', '1992/93:NU30'],
    ['2019/20:sou12', 'committee-report', '2019/20:SoU12'],
    ['Dir. 2024:18', 'directive', 'Dir. 2024:18'],
    ['dir 2024:18', 'directive', 'Dir. 2024:18'],
    ['dir.2024:18', 'directive', 'Dir. 2024:18'],
    ['SFS 2017:30', 'sfs', '2017:30'],
    ['sfs 2017:30', 'sfs', '2017:30'],
    ['2017:30', 'sfs', '2017:30'],
  ])('%j → %s %s', (q, kind, id) => expect(parseDesignationQuery(q)).toEqual({ kind, id }));

  it.each(['', '   ', 'vård', 'äldreomsorg 2020', 'X2020/05028', '2020/23:1', 'rskr. 2004/05:85', '2019/20:RR4', 'S2020/05028 och S2021/01355', 'SOU 2021:25 Tryggare vård'])(
    '%j → null',
    (q) => expect(parseDesignationQuery(q)).toBeNull(),
  );
});

describe('findDesignations', () => {
  it('finds diary numbers and references in order of appearance', () => {
    const text = 'S2020/05028\nSvar på fråga 2020/21:1311 av X (M)\nenligt lagen (2017:30) och SOU 2021:25 (Fi2021/00123).';
    expect(findDesignations(text).map((d) => `${d.kind} ${d.id}`)).toEqual([
      'diary S2020/05028',
      'riksdag-question 2020/21:1311',
      'sfs 2017:30',
      'sou SOU 2021:25',
      'diary Fi2021/00123',
    ]);
  });

  it('gives spans inside the text', () => {
    const text = 'prop. 2006/07:1, bet. 2006/07:FöU1 och Dir. 2024:18';
    for (const d of findDesignations(text)) {
      expect(d.start).toBeGreaterThanOrEqual(0);
      expect(d.end).toBeLessThanOrEqual(text.length);
      expect(d.end).toBeGreaterThan(d.start);
    }
    expect(findDesignations(text).map((d) => text.slice(d.start, d.end))).toEqual(['prop. 2006/07:1', 'bet. 2006/07:FöU1', 'Dir. 2024:18']);
  });

  it('does not answer from a stale cache', () => {
    expect(findDesignations('SOU 2021:25').map((d) => d.id)).toEqual(['SOU 2021:25']);
    expect(findDesignations('Ds 2021:25').map((d) => d.id)).toEqual(['Ds 2021:25']);
  });

  // Linear time: each input would take minutes with catastrophic backtracking.
  const MB4 = 4 * 1024 * 1024;
  const fuzz: [string, () => string][] = [
    ['digits, slashes and colons', () => {
      let s = '';
      let seed = 7;
      const chars = '0123456789/:';
      while (s.length < MB4) {
        let chunk = '';
        for (let i = 0; i < 4096; i++) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          chunk += chars[seed % chars.length];
        }
        s += chunk;
      }
      return s;
    }],
    ['repeated riksmöte numbers', () => '2020/21:'.repeat(MB4 / 8)],
    ['designations with labels', () => 'prop. 2020/21:1, '.repeat(MB4 / 17)],
    ['spaces before a number', () => `fråga${' '.repeat(MB4)}2020/21:1`],
    ['letters glued to years', () => 'STOCKHOLMS2020/'.repeat(MB4 / 15)],
    ['labels without numbers', () => 'Dnr Dnr: '.repeat(MB4 / 9)],
    ['parenthesised numbers after words', () => 'lagen om x (2017:30) '.repeat(MB4 / 21)],
    ['digits and colons with spaces', () => '2020: 2020 /21 : '.repeat(MB4 / 17)],
  ];
  it.each(fuzz)('4 MB of %s in linear time', (_name, make) => {
    const text = make();
    const t0 = performance.now();
    findDesignations(text);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 60_000);
});

describe('ministries', () => {
  it('lists today\'s ministries with their prefixes', () => {
    const byName = new Map(MINISTRIES.map((m) => [m.name, m.prefixes]));
    expect(byName.get('Socialdepartementet')).toEqual(['S']);
    expect(byName.get('Finansdepartementet')).toEqual(['Fi']);
    expect(byName.get('Utrikesdepartementet')).toEqual(['UD']);
    expect(byName.get('Klimat- och näringslivsdepartementet')).toEqual(['KN']);
    expect(byName.get('Landsbygds- och infrastrukturdepartementet')).toEqual(['LI']);
    expect(byName.get('Statsrådsberedningen')).toContain('SB');
  });
  it('keeps historical ministries', () => {
    expect(ministriesWithPrefix('N').map((m) => m.name)).toContain('Näringsdepartementet');
    expect(ministriesWithPrefix('IJ').map((m) => m.name)).toContain('Integrations- och jämställdhetsdepartementet');
    expect(ministriesWithPrefix('Jo').map((m) => m.name)).toContain('Jordbruksdepartementet');
    expect(ministriesWithPrefix('M').length).toBeGreaterThan(1);
  });
  it('names every ministry once, each with a prefix that starts with a capital', () => {
    expect(new Set(MINISTRIES.map((m) => m.name)).size).toBe(MINISTRIES.length);
    for (const p of DIARY_PREFIXES) expect(p).toMatch(/^\p{Lu}\p{L}?$/u);
  });
  it('finds the longest prefix at the end of a glued word', () => {
    expect(diaryPrefixAtEnd('STOCKHOLMFi')).toBe('Fi');
    expect(diaryPrefixAtEnd('STOCKHOLMUD')).toBe('UD');
    expect(diaryPrefixAtEnd('XYZ')).toBeUndefined();
  });
  it('gives a typed prefix its written case', () => {
    expect(canonicalDiaryPrefix('fi')).toBe('Fi');
    expect(canonicalDiaryPrefix('ud')).toBe('UD');
    expect(canonicalDiaryPrefix('S')).toBe('S');
    expect(canonicalDiaryPrefix('xx')).toBeUndefined();
  });
});
