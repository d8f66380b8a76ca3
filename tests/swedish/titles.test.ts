// Titles written beside names: ministers, Government Offices officials, agency officials, in the
// indefinite or the definite form, compounds recognised by their head word.
import { describe, expect, it } from 'vitest';
import { isMinisterTitle, isTitle, isTitleWord } from '../../src/swedish/titles.js';

describe('isTitle', () => {
  it.each([
    // ministers
    'Socialminister', 'socialministern', 'Statsrådet', 'statsråd', 'Statsminister', 'statsministern', 'vice statsminister',
    'Justitie- och migrationsminister', 'arbetsmarknads- och etableringsministern', 'Minister för högre utbildning och forskning',
    'statsråd med ansvar för bostadsfrågor', 'Infrastrukturminister', 'utrikesministern',
    // Government Offices
    'Kansliråd', 'ämnesrådet', 'departementsråd', 'Departementssekreterare', 'rättssakkunnig', 'rättssakkunnige', 'expeditionschef',
    'Statssekreterare', 'rättschefen', 'kanslichef',
    // agencies
    'generaldirektör', 'generaldirektören', 'överdirektören', 'avdelningschefen', 'enhetschefen', 'biträdande avdelningschef',
    't.f. generaldirektör', 'chefsjuristen', 'verksjurist', 'juristen', 'utredaren', 'handläggare', 'landshövding',
    'chef för rättssekretariatet', 'Föredragande',
    // courts, universities, municipalities
    'Lagman', 'lagmannen', 'rådman', 'chefsrådman', 'kammarrättsråd', 'hovrättspresident', 'Kammarrättspresidenten', 'chefsdomare',
    'professor', 'tingsnotarie', 'kommunalråd', 'regionrådet',
    // soft hyphens and white space are folded only when present: with and without them
    // a coordinated compound holds a hyphen (phrases without one skip its pattern)
    'arbetsmarknads-, jämställdhets- och integrationsministern',
    'Social\u00administer', 'biträdande  avdelnings\u00adchefen', 'Minister\u00a0för högre utbildning', 't.f.\tgeneraldirektör',
  ])('%s is a title', (t) => {
    expect(isTitle(t)).toBe(true);
  });

  it.each([
    // names, ministries, places, sentences, nouns sharing a head with titles
    'Lena Hallengren', 'Socialdepartementet', 'Stockholm', 'samråd', 'förråd', 'Regeringen', 'Kopia till', 'Lagmansgatan', 'presidentvalet',
    'Regeringen ger Socialstyrelsen i uppdrag', 'Pressekreterare hos socialminister Lena Hallengren', '', 'Telefon',
    'Propositionens huvudsakliga innehåll', '2 (2)', '(Finansdepartementet)',
    'Lena  Hallen\u00adgren', 'Anna\u00a0Ek', 'Anna Ek ', 'Anna-Lena Ek', 'justitie och migrationsminister',
  ])('%s is no title', (t) => {
    expect(isTitle(t)).toBe(false);
  });
});

describe('isTitleWord and isMinisterTitle', () => {
  it('takes one word only', () => {
    expect(isTitleWord('enhetschefen')).toBe(true);
    expect(isTitleWord('enhets chefen')).toBe(false);
    expect(isTitleWord('Social\u00administer')).toBe(true);
  });

  it.each([
    ['Socialminister', true], ['Statsrådet', true], ['Minister för äldrefrågor', true], ['justitie- och migrationsministern', true],
    ['Kansliråd', false], ['generaldirektören', false], ['Lena Hallengren', false],
  ])('%s is a minister: %s', (t, ok) => {
    expect(isMinisterTitle(t)).toBe(ok);
  });
});
