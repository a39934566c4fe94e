import { PhraseTable } from '../figures/phrase-table';

/** How a Vietnamese type noun takes its name. */
export interface ViType {
  /** The name may be a bare number (`Vành đai 3`, `Quốc lộ 1A`, `tuyến metro số 1`). */
  numericName?: boolean;
  /** The previous word makes this syllable part of another word (`nhu cầu`, `toàn cầu`). */
  notAfter?: ReadonlySet<string>;
  /** Only a dashed name makes a project (`đoạn Diễn Châu - Bãi Vọt`, not `đoạn Nghệ An`). */
  dashedName?: boolean;
  /**
   * An axis may instead be named by its direction and place (`đường trục phía Tây Nam Hà Nội`,
   * `đường trục Tây Nam Hà Nội`).
   */
  directionName?: boolean;
  /** A road code: the number may be glued on with a dot (`ĐT.830`, `QL.1A`). */
  roadCode?: boolean;
  /**
   * Lowercase words saying what is made or offered may stand before the name
   * (`nhà máy luyện kim màu Tứ Đỉnh`, `khu đô thị du lịch Hoàng Long`).
   */
  described?: boolean;
  /**
   * Only names the instances a plural phrase lists (`ba dự án … (gồm: A, B và C)`); followed by
   * a name it is no type noun (`dự án Thủy điện X` is read from `Thủy điện`).
   */
  listOnly?: boolean;
}

const plain: ViType = {};
const numeric: ViType = { numericName: true };
const code: ViType = { numericName: true, roadCode: true };
const segment: ViType = { dashedName: true };
const described: ViType = { described: true };

/**
 * Vietnamese type nouns: they stand before the proper name (`Thủy điện Nậm Voi`,
 * `sân bay Tân Sơn Nhất`). Looked up case-insensitively: headlines capitalise them.
 * Abbreviations are the ones the sector writes in running text: EVN's for plants and
 * substations (`NMTĐ`, `NMNĐ`, `TBA`), the road-numbering codes of the Road Law's
 * classification (`QL` quốc lộ, `ĐT` đường tỉnh, `ĐH` đường huyện; Luật Giao thông đường bộ
 * 2008, art. 39) and the planning ones (`KCN`, `KKT`, `CCN`, `KĐT`).
 */
export const VI_TYPES = new PhraseTable<ViType>([
  // power
  ['thủy điện', plain],
  ['thuỷ điện', plain],
  ['nhiệt điện', plain],
  ['điện gió', plain],
  ['điện mặt trời', plain],
  ['điện hạt nhân', plain],
  ['điện khí', plain],
  ['điện rác', plain],
  ['nhà máy', described],
  ['dự án', { listOnly: true }],
  ['trung tâm điện lực', plain],
  ['NMTĐ', plain],
  ['NMNĐ', plain],
  ['NMĐ', plain],
  ['NMĐG', plain],
  ['NMĐMT', plain],
  ['NMLD', plain],
  ['liên hợp', described],
  ['đường dây', plain],
  ['trạm biến áp', plain],
  ['TBA', plain],
  ['lọc dầu', plain],
  ['lọc hóa dầu', plain],
  ['lọc hoá dầu', plain],
  ['mỏ', { notAfter: new Set(['khai', 'thác']), described: true }],
  ['đập', plain],
  ['hồ chứa', plain],
  // transport
  ['cao tốc', plain],
  ['đường cao tốc', plain],
  ['tuyến cao tốc', plain],
  ['quốc lộ', numeric],
  ['QL', code],
  ['ĐT', code, { caseSensitive: true }],
  ['DT', code, { caseSensitive: true }],
  ['TL', code, { caseSensitive: true }],
  ['ĐH', code, { caseSensitive: true }],
  ['tỉnh lộ', numeric],
  ['đường tỉnh', numeric],
  ['huyện lộ', numeric],
  ['đường huyện', numeric],
  ['đoạn', segment],
  ['đường', segment],
  ['đường trục', { dashedName: true, directionName: true }],
  ['tuyến', segment],
  ['tuyến đường', segment],
  ['đường bộ cao tốc', plain],
  ['tuyến đường bộ cao tốc', plain],
  ['đường sắt đô thị', numeric],
  ['tuyến đường sắt đô thị', numeric],
  ['cầu vượt', plain],
  ['hầm chui', plain],
  ['luồng hàng hải', plain],
  ['bến xe', plain],
  ['cảng cá', plain],
  ['cảng thủy nội địa', plain],
  ['đoạn tuyến', segment],
  ['nút giao', plain],
  ['nút giao thông', plain],
  ['cầu cạn', plain],
  ['vành đai', numeric],
  ['đường vành đai', numeric],
  ['đại lộ', plain],
  ['xa lộ', plain],
  ['đường sắt', plain],
  ['tuyến đường sắt', plain],
  ['tuyến metro', numeric],
  ['metro', numeric],
  [
    'cầu',
    {
      notAfter: new Set([
        'nhu',
        'toàn',
        'yêu',
        'địa',
        'bán',
        'cung',
        'khẩn',
        'thỉnh',
        'nguyện',
        'mưu',
        'hoàn',
        'khinh',
        'đòi',
        'cấp',
      ]),
    },
  ],
  ['hầm', { notAfter: new Set(['tầng', 'đường']) }],
  ['hầm đường bộ', plain],
  ['sân bay', plain],
  ['cảng hàng không', plain],
  ['nhà ga', plain],
  ['ga', { notAfter: new Set(['xăng']) }],
  ['cảng', { notAfter: new Set(['hải']) }],
  ['cảng biển', plain],
  ['bến cảng', plain],
  ['cảng cạn', plain],
  ['bến phà', plain],
  ['cầu cảng', plain],
  ['CHK', plain],
  ['CHKQT', plain],
  // zones and estates
  ['khu công nghiệp', described],
  ['KCN', plain],
  ['cụm công nghiệp', described],
  ['CCN', plain],
  ['khu kinh tế', described],
  ['KKT', plain],
  ['khu chế xuất', plain],
  ['khu công nghệ cao', plain],
  ['khu đô thị', described],
  ['KĐT', described],
  ['KĐTM', plain],
  ['KCNC', plain],
  ['KDL', plain],
  ['khu du lịch', described],
  ['khu nghỉ dưỡng', described],
  ['khu phức hợp', described],
  ['khu liên hợp', described],
]);

/**
 * Lowercase words that may stand between the type noun and the name as part of the type
 * (`Cảng hàng không quốc tế Tân Sơn Nhất`, `Nhà ga hành khách T3`, `Khu kinh tế Cửa khẩu
 * Ma Lù Thàng`, `Nhà máy lọc dầu Dung Quất`). A closed list: an open one would turn
 * `sân bay phục vụ Hà Nội` into a project.
 */
export const VI_QUALIFIERS = new PhraseTable<true>(
  [
    'quốc tế',
    'hành khách',
    'quốc nội',
    'hàng không',
    'cửa khẩu',
    'thủy điện',
    'thuỷ điện',
    'nhiệt điện',
    'điện',
    'điện gió',
    'điện mặt trời',
    'điện khí',
    'điện hạt nhân',
    'lọc dầu',
    'lọc hóa dầu',
    'xi măng',
    'thép',
    'giấy',
    'đạm',
    'phân bón',
    'nước',
    'nước sạch',
    'xử lý nước thải',
    'xử lý rác',
    'xử lý rác thải',
    'xử lý chất thải',
    'bia',
    'sữa',
    'ô tô',
    'biển',
    'nước sâu',
    'container',
    'tổng hợp',
    'cao tốc',
    'đô thị',
    'trên cao',
    'tốc độ cao',
    'sinh thái',
    'công nghệ cao',
    'dầu khí',
    'khí',
    'số',
    'mở rộng',
    'giai đoạn',
    'chế biến',
    'sản xuất',
    'lắp ráp',
    'than',
    'đường sắt',
    'đường bộ',
    'dây',
    'đôi',
    'mạch',
    'gang thép',
    'đoạn',
    'ven sông',
    'ven biển',
    'ven hồ',
    'mới',
    'mở',
    'vệ tinh',
    'tàu khách',
    'lưỡng dụng',
    'cửa ngõ',
    'cửa ngõ quốc tế',
  ].map((q) => [q, true] as const),
);
