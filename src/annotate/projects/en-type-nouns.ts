import { PhraseTable } from '../figures/phrase-table';

/**
 * English type nouns: the head of a project's name, after it (`Hornsdale Power Reserve`,
 * `Northeast Corridor`, `the Olympic Dam mine`, `the Renewable Energy Target scheme`).
 * Heads of facilities, networks and named investment schemes; not `center`, `street` or
 * `park` alone, whose names are mostly institutions and places.
 */
export const EN_TYPES = new PhraseTable<true>(
  [
    'airport',
    'international airport',
    'special economic zone',
    'economic zone',
    'free zone',
    'free trade zone',
    'enterprise zone',
    'industrial park',
    'industrial zone',
    'industrial estate',
    'business park',
    'technology park',
    'science park',
    'eco-industrial park',
    'power plant',
    'power station',
    'power project',
    'power reserve',
    'nuclear power plant',
    'nuclear power station',
    'nuclear plant',
    'hydropower plant',
    'hydropower project',
    'hydroelectric dam',
    'hydroelectric project',
    'dam',
    'reservoir',
    'barrage',
    'bridge',
    'tunnel',
    'expressway',
    'highway',
    'motorway',
    'freeway',
    'tollway',
    'turnpike',
    'parkway',
    'beltway',
    'bypass',
    'railway',
    'railroad',
    'rail link',
    'transport plan',
    'line',
    'rail line',
    'metro line',
    'subway line',
    'light rail',
    'transmission line',
    'interconnector',
    'corridor',
    // Lowercase compound heads name a corridor as surely as the capitalised one does.
    'rail corridor',
    'economic corridor',
    'freight corridor',
    'transport corridor',
    'transitway',
    'busway',
    'canal',
    'pipeline',
    'seaport',
    'deep-sea port',
    'port',
    'container terminal',
    'terminal',
    'refinery',
    'smelter',
    'mine',
    'mines',
    'oil field',
    'gas field',
    'oilfield',
    'gasfield',
    // `the Khurmala Dome field`: named oil and gas fields, the usual subject of field news.
    'field',
    'stadium',
    'wind farm',
    'solar farm',
    'solar park',
    'wind park',
    'lng terminal',
    'steel plant',
    'steel mill',
    'factory',
    'gigafactory',
    'plant',
    'facility',
    'project',
    'scheme',
    'programme',
    'program',
    'initiative',
    'strategy',
    'hotel',
    'resort',
    'lodge',
    'casino',
    'mall',
    'shopping centre',
    'shopping center',
  ].map((t) => [t, true] as const),
);

/**
 * Heads that are projects only when written as part of the proper name, after `the` (`the
 * Elizabeth Line`): lowercase they are common words (`the party line`).
 */
export const CAPITALISED_ONLY = new Set(['line', 'corridor']);

/**
 * Descriptive words between a name and its head that belong to the span (`the Olympic Dam
 * copper mine`, `Kusile coal-fired power station`, `the Snowy 2.0 pumped hydro project`).
 */
export const EN_MODIFIERS = new Set(
  (
    'coal coal-fired gas gas-fired oil petroleum nuclear hydro hydroelectric hydropower pumped pumped-hydro ' +
    'solar wind offshore onshore geothermal biomass battery storage energy power thermal ' +
    'copper gold iron ore lithium nickel uranium zinc bauxite potash rare earths coal-mining ' +
    'lng gas-to-liquids petrochemical steel aluminium aluminum cement fertilizer fertiliser ' +
    'container cruise deep-water deepwater bulk freight passenger cargo ' +
    'high-speed rail light-rail commuter metro subway toll cable-stayed suspension ' +
    'transmission desalination water wastewater waste-to-energy irrigation ' +
    'expansion extension redevelopment upgrade housing mixed-use residential commercial luxury ' +
    'infrastructure mining export import tourism data casino'
  ).split(' '),
);

/** Heads that open a name followed by a number or code (`Interstate 5`, `Route 66`, `Terminal 5`). */
export const EN_NUMBERED_TYPES = new PhraseTable<true>(
  [
    'Interstate',
    'I',
    'Route',
    'State Route',
    'U.S. Route',
    'US Route',
    'US',
    'U.S.',
    'SR',
    'Highway',
    'State Highway',
    'Line',
    'Terminal',
    'Runway',
    'Berth',
  ].map((t) => [t, true, { caseSensitive: true }] as const),
);

/** Words after an English type noun that make the whole an organisation (`… Zone Authority`). */
export const EN_ORG_AFTER = new Set(
  'authority agency company corp corporation ltd inc board commission council department ministry organization organisation association group holdings llc plc bank fund trust institute university office service services operator operators administration workers union officials owner owners partners partnership'.split(
    ' ',
  ),
);

/**
 * Words inside a name that make it an organisation's (`the World Bank project`, `the Energy
 * Department plant`): their projects are unnamed.
 */
export const EN_ORG_WORDS = new Set(
  'bank agency ministry department company corp corporation inc ltd llc plc group holdings authority commission council government administration university'.split(
    ' ',
  ),
);
