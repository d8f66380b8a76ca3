// Places of signature lines written without "den" ("Stockholm 2020-06-03"): towns where agencies and
// organisations sign are places; labels that open dated lines are not.
import { describe, expect, it } from 'vitest';
import { isBarePlace } from '../../src/swedish/places.js';

describe('isBarePlace', () => {
  it.each(['Stockholm', 'Göteborg', 'Jönköping', 'Norrköping', 'Karlstad', 'Solna', 'Kiruna', 'Sollentuna', 'Luleå', 'Östersund', 'Bryssel', 'Rosenbad', 'Upplands Väsby'])('%s is a place', (w) => {
    expect(isBarePlace(w)).toBe(true);
  });
  it.each(['Regeringsbeslut', 'Pressmeddelande', 'Interpellationsdebatt', 'Beslutsdatum', 'Publicerad', 'Inlämnad', 'Uppdaterad', 'Protokoll', 'Remissvar', 'Tisdagen', 'Ikraftträdande', 'Budgetpropositionen', 'Svar', ''])('"%s" is no place', (w) => {
    expect(isBarePlace(w)).toBe(false);
  });
});
