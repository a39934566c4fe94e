/**
 * Word lists of the subject reader (`read-subject.ts`), lower-case. Multi-word entries are
 * matched word by word from the end (the reader walks backwards).
 */

const list = (s: string): Set<string> => new Set(s.split(' '));

/**
 * Words between a subject and its figure that belong to neither: linking verbs, rise/fall
 * verbs, status cues, approximation and bound words (`đạt`, `ước`, `giảm tới`, `rose to`,
 * `was about`). Walking back from the figure these are passed over before the subject starts.
 */
export const SKIP_WORDS = list(
  [
    'dài rộng sâu cao đạt ước tính là ở mức khoảng hơn gần trên dưới tới đến lên xuống còn chiếm tăng giảm thêm chỉ vào cũng đã sẽ vẫn đều dự kiến báo chừng xấp xỉ ra mất lỗ lãi nâng sụt hạ vượt',
    'was were is are be been being of at to by about around nearly almost over under more less than some roughly approximately just only up down a an totaled totalled totaling totalling reached reaching hit stood came comes come in worth valued estimated expected forecast projected seen put has have had will would could may might rose rise rises risen rising increased increase increases grew grow grows gained gain gains jumped jumps climbed climbs surged soared advanced fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease slipped slid plunged tumbled sank shrank contracted slumped eased edged added adding cut cuts lost loses higher lower also still now record unchanged steady flat little changed',
  ].join(' '),
);

/** Words that end the subject walking back (a verb or preposition outside the noun phrase). */
export const STOP_WORDS = list(
  [
    'có với cho khi nếu để nhằm là đạt theo từ được bị gồm như về thì mà sẽ đã đang vẫn ước tăng giảm lên xuống mua bán vay nhận tại ở trong',
    'leaving left is was were are has have had said says say will would could to with for from that which while as after before but reported reports posted posts announced paid pay cost costs by at than when if because said and or its their his her our your such including include includes since until per into onto on expects expect sees see plans aims targets forecasts recorded records booked generated earned made makes spent spends invested invests received receives raised approved signed borrowed sold sells bought exported imported produced produces attracted attracts announced',
  ].join(' '),
);

/** Two-word verbs and cues that stop the walk too (checked as "previous current"). */
export const STOP_PAIRS = list(
  'triển_khai hoàn_thành mục_tiêu kế_hoạch chỉ_tiêu trong_đó bao_gồm dự_kiến phấn_đấu đầu_tư_xây quyết_định thực_hiện',
);

/** Discourse openers dropped from the front of a subject (`Trong đó, …`, `Meanwhile, …`). */
export const LEADING_CONNECTORS = [
  'trong đó',
  'riêng',
  'cùng đó',
  'tính chung',
  'ngoài ra',
  'đáng chú ý',
  'như vậy',
  'theo đó',
  'bên cạnh đó',
  'trong khi đó',
  'còn',
  'và',
  'nhưng',
  'tuy nhiên',
  'hiện',
  'hiện nay',
  'chỉ riêng',
  'and',
  'but',
  'meanwhile',
  'also',
  'however',
  'in addition',
  'while',
  'overall',
  'still',
];

/** Subjects that name only the place or holder, resolved to the article's main place. */
export const GENERIC_HOLDERS = list(
  'tỉnh thành_phố địa_phương toàn_tỉnh the_country the_nation the_province the_state the_city the_region',
);

/** Words that may open a subject written after its figure (`6.122,1 tỷ đồng giá trị sản xuất`). */
/** Heads of a subject after the figure that win over one read before it (`thu hút 1,2 tỷ USD vốn FDI`). */
export const STRONG_AFTER_HEADS = list('vốn kim giá tổng doanh lợi khối in worth');

/** National holders: on a Vietnamese page they mean Việt Nam. */
export const NATIONAL_HOLDERS = list('cả_nước toàn_quốc nước_ta');

export const AFTER_SUBJECT_HEADS = list(
  'giá tổng kim doanh lợi sản vốn thu chi nợ lượng tiền kinh ngân dư in of worth',
);

/**
 * Measure nouns: a phrase holding one is measured by it, so the subject starts there
 * (`Dây chuyền lò đứng hoả luyện công suất 126.000 tấn/năm` → `công suất`).
 */
export const MEASURE_HEADS = [
  'công suất',
  'diện tích',
  'chiều dài',
  'chiều rộng',
  'chiều cao',
  'tổng mức đầu tư',
  'tổng vốn đầu tư',
  'vốn đầu tư',
  'sản lượng',
  'capacity',
  'output',
];
