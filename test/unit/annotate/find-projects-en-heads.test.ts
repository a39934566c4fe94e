import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

/** English project names by their head noun (issue 20): own sentences, not corpus text. */
const spans = (text: string): string[] => findProjects(text, 'en').map((p) => p.text);

describe('findProjects en: a capitalised name before a head noun', () => {
  it('reads facility, network and scheme heads', () => {
    expect(spans('Output at the Waratah Power Reserve doubled.')).toEqual([
      'Waratah Power Reserve',
    ]);
    expect(spans('Trains on the Northern Corridor were late.')).toEqual(['Northern Corridor']);
    expect(spans('Funding for the Clean Coast Rebate scheme ran out.')).toEqual([
      'Clean Coast Rebate scheme',
    ]);
    expect(spans('Guests at the Blue Lagoon Hotel and the Kettle Creek lodge')).toEqual([
      'Blue Lagoon Hotel',
      'Kettle Creek lodge',
    ]);
    expect(spans('Ridership on the Silver Line grew.')).toEqual(['Silver Line']);
  });

  it('keeps descriptive words between the name and the head', () => {
    expect(spans('Work at the Red Hill copper mine resumed.')).toEqual(['Red Hill copper mine']);
    expect(spans('the Kestrel coal-fired power station will close')).toEqual([
      'Kestrel coal-fired power station',
    ]);
    expect(spans('the Snowy 2.0 pumped hydro project is late')).toEqual([
      'Snowy 2.0 pumped hydro project',
    ]);
  });

  it('reads numbered roads and terminals', () => {
    expect(spans('Traffic on Interstate 80 and I-94 slowed near Terminal 3.')).toEqual([
      'Interstate 80',
      'I-94',
      'Terminal 3',
    ]);
  });

  it('reads a hyphenated name', () => {
    expect(spans('the Ritz-Carlton hotel reopened')).toEqual(['Ritz-Carlton hotel']);
  });
});

describe('findProjects en: companies, agencies and places are not projects', () => {
  it.each([
    ['an organisation in the name', 'a loan for the Asian Development Bank project'],
    ['a company site named after its town', 'jobs at its Leipzig factory'],
    ['a place named after a line', 'shops in Harbour Line'],
    ['a lowercase common head', 'he toed the party line'],
  ])('%s', (_why, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('findProjects en: more heads', () => {
  it('reads US routes and malls, not a size before a head', () => {
    expect(spans('Traffic on US 30 near the Westgate Plaza mall')).toEqual([
      'US 30',
      'Westgate Plaza mall',
    ]);
    expect(spans('a 400 MW solar farm')).toEqual([]);
  });
});
