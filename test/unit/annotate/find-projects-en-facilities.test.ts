import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

/**
 * English named facilities of the third round of development passages (issue 20): oil and gas
 * fields, stadiums, refineries named after their town, lists of lines and fields, schemes
 * introduced by `dubbed`. Own sentences; each failed on main before.
 */
const spans = (text: string): string[] => findProjects(text, 'en').map((p) => p.text);
const names = (text: string): string[] => findProjects(text, 'en').map((p) => p.name);

describe('findProjects en: fields, stadiums and refineries', () => {
  it('reads a named field, with or without a descriptive word', () => {
    expect(spans('Tullow will develop the Karoo Basin field in the south.')).toEqual([
      'Karoo Basin field',
    ]);
    expect(spans('a stake in the Bravo 7 petroleum field with Statoil')).toEqual([
      'Bravo 7 petroleum field',
    ]);
    expect(spans('The licence to run the Halfaya field was awarded.')).toEqual(['Halfaya field']);
  });
  it('does not name a field after an indefinite article', () => {
    expect(spans('It said an Angolan oilfield was larger than thought.')).toEqual([]);
    expect(spans('They found a Brazilian field offshore.')).toEqual([]);
  });
  it('reads a stadium and a refinery named after its town', () => {
    expect(spans('Costs rose on the new Hampden stadium rebuild.')).toEqual(['Hampden stadium']);
    expect(spans('a fire at Shell’s Pernis refinery on Monday')).toEqual(['Pernis refinery']);
  });
  it('still keeps a company plant named after its town out', () => {
    expect(spans('Some 900 jobs go at the Luton plant.')).toEqual([]);
    expect(spans('Fiat will shut the Fiat Powertrain plant at Arese.')).toEqual([]);
    expect(spans('the Dangote refinery in Lagos')).toEqual(['Dangote refinery']);
  });
  it('reads a named rail line with a lowercase head', () => {
    expect(spans('Delays on the Crossfield rail line grew.')).toEqual(['Crossfield rail line']);
  });
});

describe('findProjects en: lists and names given after the head', () => {
  it('gives each name of a list of fields or lines a span', () => {
    expect(names('targets for its Ravva and Bhagyam fields in India')).toEqual([
      'Ravva',
      'Bhagyam',
    ]);
    expect(names('the Victoria, Central and District lines were shut')).toEqual([
      'Victoria',
      'Central',
      'District',
    ]);
    expect(names('the Azadegan and Darkhovin oilfields')).toEqual(['Azadegan', 'Darkhovin']);
  });
  it('takes the name a head is dubbed, not the owner before it', () => {
    expect(spans('Total joins the Chevron scheme, dubbed Gorgon-3, next week.')).toEqual([
      'Gorgon-3',
    ]);
    expect(spans('a new pipeline, known as Nord Link, will carry gas')).toEqual(['Nord Link']);
  });
});

describe('findProjects en: what bounds a name before its head', () => {
  it('stops at months, weekdays, day words and openers', () => {
    expect(spans('In January Kestrel power station tripped.')).toEqual(['Kestrel power station']);
    expect(spans('Since Monday Lethabo power station has run at half load.')).toEqual([
      'Lethabo power station',
    ]);
    expect(spans('Listeners of the Today programme heard it.')).toEqual([]);
  });
  it('stops at role titles and company suffixes', () => {
    expect(spans('Eskom Chairman Kusile power station visit')).toEqual(['Kusile power station']);
    expect(spans('Exxon Mobil Corp Baytown refinery was shut.')).toEqual(['Baytown refinery']);
    expect(spans('the Adani Group Carmichael coal mine')).toEqual(['Carmichael coal mine']);
    expect(spans('the World Bank project in Laos')).toEqual([]);
  });
  it('reads named corridors with a lowercase compound head', () => {
    expect(spans('The Pune-Nashik high-speed rail corridor was approved.')).toEqual([
      'Pune-Nashik high-speed rail corridor',
    ]);
    expect(spans('loans for the Lobito economic corridor')).toEqual(['Lobito economic corridor']);
  });
});

describe('findProjects en: heads in apposition and compound heads', () => {
  it('names a facility given before its head in apposition', () => {
    expect(spans('Freeport runs Grasberg, the world’s largest gold mine.')).toEqual(['Grasberg']);
    expect(spans('It owns Kittila, a big gold mine, in Finland.')).toEqual(['Kittila']);
    expect(spans('Rio, which runs Oyu Tolgoi, the biggest copper mine - is to invest')).toEqual([
      'Oyu Tolgoi',
    ]);
    expect(spans('Shares in Chile, the biggest copper producer, rose.')).toEqual([]);
    expect(spans('Barclays, the UK’s third-biggest bank, said so.')).toEqual([]);
  });
  it('keeps a head before project and a casino before resort', () => {
    expect(spans('the Gateway tunnel project under the Hudson')).toEqual([
      'Gateway tunnel project',
    ]);
    expect(spans('the Marina Bay Sands casino resort')).toEqual(['Marina Bay Sands casino resort']);
  });
  it('reads a capitalised corridor after a possessive', () => {
    expect(spans('Amtrak’s Northeast Corridor carried more riders.')).toEqual([
      'Northeast Corridor',
    ]);
  });
});
