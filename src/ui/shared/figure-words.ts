/**
 * The words around a figure in the reader's language: what kind it is, its unit, what a rate
 * is per, and which way it moved. Units the recogniser keeps as written (`passengers`,
 * `hành khách`) are named by concept, so an English article's figures read in Vietnamese in a
 * Vietnamese browser and the other way round; a unit with no entry is shown as written.
 */
import type { UnitNames } from '../../annotate/format-figure';
import type { FigureKind } from '../../model/figure';
import { getMessage as t } from '../../platform/get-message';

/** The message of each kind (the library's reader and figures view use the same ones). */
export const KIND_MESSAGE: Record<FigureKind | 'project', string> = {
  money: 'libKind_money',
  percent: 'libKind_percent',
  quantity: 'libKind_quantity',
  project: 'libKind_project',
};

/** Normalised units and count nouns (as the recogniser reports them) → their message. */
export const UNIT_MESSAGE: Readonly<Record<string, string>> = {
  t: 'unitTonnes',
  tạ: 'unitQuintals',
  lượng: 'unitTaels',
  l: 'unitLitres',
  gal: 'unitGallons',
  barrel: 'unitBarrels',
  thùng: 'unitBarrels',
  acre: 'unitAcres',
  mi: 'unitMiles',
  passengers: 'unitPassengers',
  'hành khách': 'unitPassengers',
  'lượt hành khách': 'unitPassengers',
  visitors: 'unitVisitors',
  'visitor arrivals': 'unitVisitors',
  arrivals: 'unitVisitors',
  'lượt khách': 'unitVisitors',
  khách: 'unitVisitors',
  tourists: 'unitTourists',
  'du khách': 'unitTourists',
  'lượt du khách': 'unitTourists',
  'khách du lịch': 'unitTourists',
  'lượt khách du lịch': 'unitTourists',
  tickets: 'unitTickets',
  vé: 'unitTickets',
  'lượt vé': 'unitTickets',
  flights: 'unitFlights',
  'chuyến bay': 'unitFlights',
  chuyến: 'unitTrips',
  jobs: 'unitJobs',
  'việc làm': 'unitJobs',
  workers: 'unitWorkers',
  'lao động': 'unitWorkers',
  'người lao động': 'unitWorkers',
  'công nhân': 'unitWorkers',
  employees: 'unitEmployees',
  staff: 'unitEmployees',
  rooms: 'unitRooms',
  phòng: 'unitRooms',
  'hotel rooms': 'unitHotelRooms',
  'guest rooms': 'unitHotelRooms',
  'phòng khách sạn': 'unitHotelRooms',
  shares: 'unitShares',
  'cổ phiếu': 'unitShares',
  'cổ phần': 'unitShares',
  units: 'unitUnits',
  positions: 'unitPositions',
  vehicles: 'unitVehicles',
  xe: 'unitVehicles',
  cars: 'unitCars',
  'ô tô': 'unitCars',
  ôtô: 'unitCars',
  homes: 'unitHomes',
  'housing units': 'unitHomes',
  'căn nhà': 'unitHomes',
  apartments: 'unitApartments',
  'căn hộ': 'unitApartments',
  containers: 'unitContainers',
  container: 'unitContainers',
  seats: 'unitSeats',
  ghế: 'unitSeats',
  doses: 'unitDoses',
  liều: 'unitDoses',
  subscribers: 'unitSubscribers',
  'thuê bao': 'unitSubscribers',
};

/** What a rate is per (singular: "VND/tonne") → its message. */
export const PER_MESSAGE: Readonly<Record<string, string>> = {
  year: 'perYear',
  năm: 'perYear',
  month: 'perMonth',
  tháng: 'perMonth',
  week: 'perWeek',
  tuần: 'perWeek',
  day: 'perDay',
  ngày: 'perDay',
  hour: 'perHour',
  giờ: 'perHour',
  quarter: 'perQuarter',
  quý: 'perQuarter',
  người: 'perPerson',
  share: 'perShare',
  barrel: 'perBarrel',
  tonne: 'perTonne',
  ton: 'perTonne',
  t: 'perTonne',
  tấn: 'perTonne',
  litre: 'perLitre',
  liter: 'perLitre',
  unit: 'perUnit',
};

const named = (table: Readonly<Record<string, string>>, word: string): string => {
  const key = Object.hasOwn(table, word) ? table[word] : undefined;
  return key ? t(key) : word;
};

/** Symbols written as typeset. */
const SYMBOL: Readonly<Record<string, string>> = { m2: 'm²', m3: 'm³', km2: 'km²' };

/** Units and rates named in the UI's language (for `formatFigureValue`). */
export const UNIT_NAMES: UnitNames = {
  unit: (unit) => (Object.hasOwn(SYMBOL, unit) ? SYMBOL[unit]! : named(UNIT_MESSAGE, unit)),
  per: (per) => named(PER_MESSAGE, per),
};

/** "money", "tiền"… */
export const kindName = (kind: FigureKind | 'project'): string => t(KIND_MESSAGE[kind]);

/** "▲ rising" / "▼ falling" in the UI's language. */
export const changeName = (change: 'up' | 'down'): string =>
  t(change === 'up' ? 'figureRising' : 'figureFalling');
