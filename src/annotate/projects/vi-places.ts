/**
 * Place words that bound Vietnamese project names.
 *
 * Provinces and centrally-run cities: the 63 first-level units listed by the General
 * Statistics Office's administrative-unit register (Tổng cục Thống kê, "Danh mục đơn vị hành
 * chính Việt Nam", https://danhmuchanhchinh.gso.gov.vn, as of 2024), written without their
 * `tỉnh`/`thành phố` prefix, plus the usual short forms (`TP.HCM`, `Huế`). After a project
 * name and a comma, such a name is where the project is (`sân bay Cát Bi, Hải Phòng`), not a
 * second project sharing the type noun.
 */
const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bà Rịa Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hoà Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Khánh Hoà',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thanh Hoá',
  'Thừa Thiên Huế',
  'Thừa Thiên - Huế',
  'Huế',
  'Tiền Giang',
  'TP.HCM',
  'TPHCM',
  'Thành phố Hồ Chí Minh',
  'Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** The province names above, as written (records look for an article's main place among them). */
export const PROVINCE_NAMES: readonly string[] = PROVINCES;

const PROVINCE_KEYS = new Set(PROVINCES.map((p) => p.toLowerCase().replace(/\s+/g, ' ')));

/** Whether a name, as written, is a province or centrally-run city (`Hải Phòng`). */
export function isProvinceName(name: string): boolean {
  return PROVINCE_KEYS.has(name.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Compass words. A name made of them alone is not finished (`Khu đô thị Tây Nam Vành đai 3`:
 * the district is south-west of Ring Road 3), so the name reads on through a type noun.
 */
export const DIRECTION_WORDS = new Set(['bắc', 'nam', 'đông', 'tây', 'trung']);

/**
 * Common nouns of geography: the capitalised word after them is a proper name even when it is
 * also a type noun (`ven sông Cầu` is the Cầu river, not a bridge).
 */
export const GEOGRAPHIC_NOUNS = new Set(['sông', 'hồ', 'núi', 'đảo', 'vịnh', 'biển', 'đầm']);
