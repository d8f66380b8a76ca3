// The place of a signature line: "Stockholm den 14 september 2021", and without "den" in agencies' and
// organisations' letters: "Stockholm 2020-06-03", "Göteborg 3 juni 2020". Without "den" a line of a
// label and a date looks the same ("Pressmeddelande 14 september 2022", "Regeringsbeslut 2021-09-23",
// "Inlämnad 2020-06-09"), so such a place must be no label word.

/** Labels and words that open dated lines but are no place. */
const LABELS = /^(?:Publicerad|Uppdaterad|Inlämnad|Inlämnat|Besvarad|Besvaras|Utfärdad|Beslutad|Beslut|Datum|Ikraft|Ikraftträdande|Anmäld|Regeringen|Riksdagen|Kammaren|Inkom|Inkommen|Senast|Sista|Version|Från|Till|Den|Klockan|Kl|Mötet|Sammanträde|Sammanträdet|Interpellationsdebatt|Debatt|Debattdag|Pressmeddelande|Regeringsbeslut|Protokoll|Remissvar|Promemoria|Rapport|Kommittédirektiv|Dir|Prop|Proposition|Skrivelse|Yttrande|Svar|Fråga|Interpellation|Nyhet|Artikel|Tal|Uttalande|Uppdrag|Händelser|Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag|Måndagen|Tisdagen|Onsdagen|Torsdagen|Fredagen|Lördagen|Söndagen)$/iu;
/**
 * Word endings of labels ("Beslutsdatum", "Mötesprotokoll", "Budgetpropositionen"). Endings that towns
 * share are left out: Jönköping, Karlstad, Solna, Kiruna, Sollentuna.
 */
const LABEL_ENDING = /(?:ning|else|debatt|beslut|meddelande|datum|protokoll|svar|remiss|promemoria|nummer|rapport|version|dag|dagen|direktiv|skrivelse|yttrande|tion|tionen)$/iu;

/** True when `place` (one to three capitalised words) can be the place of a signature line written without "den". */
export function isBarePlace(place: string): boolean {
  const words = place.split(/[ -]/u).filter(Boolean);
  return words.length > 0 && words.every((w) => !LABELS.test(w) && !LABEL_ENDING.test(w));
}
