import { PhraseTable } from './phrase-table';

/**
 * What a rate can be "per" when written with a word (`a barrel`, `mỗi năm`, `per share`)
 * rather than a slash. A closed list: `$5 billion a year ago` must not become a rate, and
 * after `/` anything goes (`đồng/vé`, `USD/ounce`) because a slash is unambiguous.
 */
export const PER_INTRODUCERS = new PhraseTable<true>([
  ['a', true],
  ['an', true],
  ['per', true],
  ['each', true],
  ['mỗi', true],
  ['một', true],
]);

/** Per-nouns, mapped to the form recorded in `per`. */
export const PER_NOUNS = new PhraseTable<string>([
  ['năm', 'năm'],
  ['tháng', 'tháng'],
  ['ngày', 'ngày'],
  ['giờ', 'giờ'],
  ['tuần', 'tuần'],
  ['quý', 'quý'],
  ['người', 'người'],
  ['lượt xe', 'lượt xe'],
  ['lượt', 'lượt'],
  ['xe', 'xe'],
  ['vé', 'vé'],
  ['chuyến', 'chuyến'],
  ['lao động', 'lao động'],
  ['year', 'year'],
  ['month', 'month'],
  ['day', 'day'],
  ['week', 'week'],
  ['hour', 'hour'],
  ['quarter', 'quarter'],
  ['annum', 'year'],
  ['share', 'share'],
  ['barrel', 'barrel'],
  ['ounce', 'ounce'],
  ['tonne', 'tonne'],
  ['ton', 'ton'],
  ['kg', 'kg'],
  ['gallon', 'gallon'],
  ['litre', 'litre'],
  ['liter', 'liter'],
  ['unit', 'unit'],
  ['head', 'head'],
  ['person', 'person'],
  ['capita', 'capita'],
  ['passenger', 'passenger'],
  ['ticket', 'ticket'],
  ['night', 'night'],
  ['square foot', 'square foot'],
  // Energy prices (`£1.30 per gigajoule`, `$41 per megawatt-hour`).
  ['gigajoule', 'gigajoule'],
  ['megawatt-hour', 'megawatt-hour'],
  ['megawatt hour', 'megawatt hour'],
  ['kilowatt-hour', 'kilowatt-hour'],
  ['kilowatt hour', 'kilowatt hour'],
  ['MWh', 'MWh'],
  ['kWh', 'kWh'],
  ['therm', 'therm'],
  ['square metre', 'square metre'],
  ['square meter', 'square meter'],
]);

/** Words after a per-noun that show it is not a rate (`a year ago`, `a day earlier`). */
export const NOT_RATE_AFTER = new Set([
  'ago',
  'earlier',
  'before',
  'later',
  'trước',
  'sau',
  'qua',
  'tới',
  'nữa',
  'rồi',
]);

/** Units of time: a length per time is a speed (`80km/h`), which the guide excludes. */
export const TIME_PER = new Set([
  'h',
  'giờ',
  'hour',
  'hr',
  's',
  'giây',
  'phút',
  'min',
  'second',
  'minute',
]);
