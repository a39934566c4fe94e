import { PhraseTable } from './phrase-table';

/** What a unit measures; `length` matters because length per time is a speed, not a figure. */
export type UnitClass =
  'mass' | 'length' | 'area' | 'volume' | 'energy' | 'power' | 'container' | 'count';

/** A unit of measure for `quantity` figures and its normalised symbol. */
export interface Unit {
  unit: string;
  cls: UnitClass;
  /** A count noun (`vé`, `jobs`): may take a short lowercase modifier before a `/rate`. */
  countNoun?: boolean;
  /** Units that carry their own rate (`bpd` = barrels per day). */
  per?: string;
}

const u = (unit: string, cls: UnitClass): Unit => ({ unit, cls });
/** Count nouns keep their written form as the unit, as the guide asks (`830.000 vé` → `vé`). */
const c = (unit: string): Unit => ({ unit, cls: 'count', countNoun: true });

type Row = readonly [string, Unit] | readonly [string, Unit, { caseSensitive: boolean }];
const CS = { caseSensitive: true };

const MEASURES: Row[] = [
  // mass
  ['tấn', u('t', 'mass')],
  ['tonnes', u('t', 'mass')],
  ['tonne', u('t', 'mass')],
  ['tons', u('t', 'mass')],
  ['ton', u('t', 'mass')],
  ['metric tons', u('t', 'mass')],
  ['metric tonnes', u('t', 'mass')],
  ['kg', u('kg', 'mass')],
  ['ki-lô-gam', u('kg', 'mass')],
  ['kilôgam', u('kg', 'mass')],
  ['kilogam', u('kg', 'mass')],
  ['kilograms', u('kg', 'mass')],
  ['kilogrammes', u('kg', 'mass')],
  ['tạ', u('tạ', 'mass')],
  ['gram', u('g', 'mass')],
  ['grams', u('g', 'mass')],
  ['gam', u('g', 'mass')],
  ['ounces', u('oz', 'mass')],
  ['ounce', u('oz', 'mass')],
  ['oz', u('oz', 'mass')],
  ['lbs', u('lb', 'mass')],
  ['lb', u('lb', 'mass')],
  ['lượng', u('lượng', 'mass')],
  // energy and power
  ['MW', u('MW', 'power')],
  ['MWp', u('MWp', 'power')],
  ['GW', u('GW', 'power')],
  ['kW', u('kW', 'power')],
  ['kWp', u('kWp', 'power')],
  ['MVA', u('MVA', 'power')],
  ['megawatts', u('MW', 'power')],
  ['megawatt', u('MW', 'power')],
  ['gigawatts', u('GW', 'power')],
  ['gigawatt', u('GW', 'power')],
  ['kilowatts', u('kW', 'power')],
  ['kWh', u('kWh', 'energy')],
  ['MWh', u('MWh', 'energy')],
  ['GWh', u('GWh', 'energy')],
  ['TWh', u('TWh', 'energy')],
  ['kilowatt-hours', u('kWh', 'energy')],
  ['megawatt-hours', u('MWh', 'energy')],
  ['terawatt-hours', u('TWh', 'energy')],
  ['số điện', u('kWh', 'energy')],
  // area
  ['ha', u('ha', 'area')],
  ['hecta', u('ha', 'area')],
  ['héc-ta', u('ha', 'area')],
  ['hécta', u('ha', 'area')],
  ['hectares', u('ha', 'area')],
  ['hectare', u('ha', 'area')],
  ['m2', u('m2', 'area')],
  ['m²', u('m2', 'area')],
  ['mét vuông', u('m2', 'area')],
  ['km2', u('km2', 'area')],
  ['km²', u('km2', 'area')],
  ['ki-lô-mét vuông', u('km2', 'area')],
  ['square metres', u('m2', 'area')],
  ['square meters', u('m2', 'area')],
  ['square kilometres', u('km2', 'area')],
  ['square kilometers', u('km2', 'area')],
  ['square feet', u('sq ft', 'area')],
  ['square foot', u('sq ft', 'area')],
  ['sq ft', u('sq ft', 'area')],
  ['square miles', u('sq mi', 'area')],
  ['acres', u('acre', 'area')],
  ['acre', u('acre', 'area')],
  // volume
  ['m3', u('m3', 'volume')],
  ['m³', u('m3', 'volume')],
  ['mét khối', u('m3', 'volume')],
  ['cubic metres', u('m3', 'volume')],
  ['cubic meters', u('m3', 'volume')],
  ['cubic feet', u('ft3', 'volume')],
  ['bcm', u('bcm', 'volume')],
  ['lít', u('l', 'volume')],
  ['litres', u('l', 'volume')],
  ['liters', u('l', 'volume')],
  ['gallons', u('gal', 'volume')],
  ['barrels', u('barrel', 'volume')],
  ['barrel', u('barrel', 'volume')],
  ['thùng', u('thùng', 'volume')],
  ['bpd', { unit: 'barrel', cls: 'volume', per: 'day' }],
  ['b/d', { unit: 'barrel', cls: 'volume', per: 'day' }],
  // length (lengths of projects are figures; lengths per time are speeds and are dropped)
  ['km', u('km', 'length')],
  ['ki-lô-mét', u('km', 'length')],
  ['kilômét', u('km', 'length')],
  ['kilomet', u('km', 'length')],
  ['kilometres', u('km', 'length')],
  ['kilometers', u('km', 'length')],
  ['miles', u('mi', 'length')],
  ['mile', u('mi', 'length')],
  ['kilometre', u('km', 'length')],
  ['kilometer', u('km', 'length')],
  ['m', u('m', 'length'), CS],
  ['mét', u('m', 'length')],
  ['metres', u('m', 'length')],
  ['meters', u('m', 'length')],
  // containers
  ['TEU', u('TEU', 'container')],
  ['TEUs', u('TEU', 'container')],
];

/** Things counted in an economic sense (traffic, sales, jobs) — not people at an event. */
const COUNTS: Row[] = [
  ['chuyến bay', c('chuyến')],
  ['chuyến', c('chuyến')],
  ['lượt khách', c('lượt khách')],
  ['lượt hành khách', c('lượt hành khách')],
  ['lượt du khách', c('lượt du khách')],
  ['lượt khách du lịch', c('lượt khách du lịch')],
  ['lượt vé', c('lượt vé')],
  ['hành khách', c('hành khách')],
  ['du khách', c('du khách')],
  ['khách du lịch', c('khách du lịch')],
  ['khách quốc tế', c('khách quốc tế')],
  ['khách', c('khách')],
  ['vé', c('vé')],
  ['ghế', c('ghế')],
  ['container', c('container')],
  ['căn hộ', c('căn hộ')],
  ['căn nhà', c('căn nhà')],
  ['chiếc', c('chiếc')],
  ['xe', c('xe')],
  ['ô tô', c('ô tô')],
  ['ôtô', c('ôtô')],
  ['việc làm', c('việc làm')],
  ['lao động', c('lao động')],
  ['người lao động', c('người lao động')],
  ['công nhân', c('công nhân')],
  ['phòng khách sạn', c('phòng khách sạn')],
  ['phòng', c('phòng')],
  ['liều', c('liều')],
  ['thuê bao', c('thuê bao')],
  ['passengers', c('passengers')],
  ['visitors', c('visitors')],
  ['tourists', c('tourists')],
  ['visitor arrivals', c('visitor arrivals')],
  ['arrivals', c('arrivals')],
  ['tickets', c('tickets')],
  ['flights', c('flights')],
  ['jobs', c('jobs')],
  ['job cuts', c('job cuts')],
  ['job losses', c('job losses')],
  ['aircraft', c('aircraft')],
  ['planes', c('planes')],
  ['cigarettes', c('cigarettes')],
  ['handsets', c('handsets')],
  ['employees', c('employees')],
  ['workers', c('workers')],
  ['staff', c('staff')],
  ['hotel rooms', c('hotel rooms')],
  ['guest rooms', c('guest rooms')],
  ['shares', c('shares')],
  ['cổ phần', c('cổ phần')],
  ['cổ phiếu', c('cổ phiếu')],
  ['rooms', c('rooms')],
  ['units', c('units')],
  ['positions', c('positions')],
  ['vehicles', c('vehicles')],
  ['cars', c('cars')],
  ['homes', c('homes')],
  ['housing units', c('housing units')],
  ['apartments', c('apartments')],
  ['containers', c('containers')],
  ['seats', c('seats')],
  ['doses', c('doses')],
  ['subscribers', c('subscribers')],
];

/** Units of measure; looked up case-insensitively except where marked. */
export const UNITS = new PhraseTable<Unit>([...MEASURES, ...COUNTS]);

/**
 * Words that turn a count noun into something that is not an economic count
 * (`khách mời` "invited guests", `khách hàng` "customers", `xe máy` stays a vehicle).
 */
export const NOT_UNIT_AFTER = new Map<string, ReadonlySet<string>>([
  ['khách', new Set(['mời', 'hàng'])],
  ['xe', new Set(['tăng'])],
  // `phòng chống` "prevention", `phòng ban` "departments", `phòng họp` "meeting rooms".
  ['phòng', new Set(['chống', 'ban', 'họp', 'ngừa', 'thủ', 'khám', 'cháy', 'dịch'])],
]);
