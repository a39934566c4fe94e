import { PhraseTable } from '../figures/phrase-table';

/**
 * Vietnamese capitalised words that end (or cannot start) a proper name: organisation heads, titles,
 * time words that open the lead after a headline (`… Tân Sơn Nhất Chiều 24/12`), photo
 * credits. Organisations and people are not projects, and they are what most often follows
 * a name without punctuation.
 */
export const NAME_STOPS = new PhraseTable<true>(
  [
    'bộ',
    'sở',
    'cục',
    'tổng cục',
    'công ty',
    'tổng công ty',
    'tập đoàn',
    'ngân hàng',
    'ủy ban',
    'uỷ ban',
    'UBND',
    'HĐND',
    'ban',
    'ban quản lý',
    'chính phủ',
    'quốc hội',
    'thủ tướng',
    'chủ tịch',
    'phó',
    'theo',
    'trong',
    'tại',
    'với',
    'khi',
    'sau',
    'trước',
    'đây',
    'đó',
    'này',
    'chiều',
    'sáng',
    'tối',
    'trưa',
    'đêm',
    'ngày',
    'hôm',
    'tháng',
    'năm',
    'ảnh',
    'nguồn',
    'video',
    'clip',
    'dự án',
    'để',
    'nhưng',
    'tuy',
    'do',
    'vì',
    'nếu',
    'còn',
    'cùng',
    'các',
    'những',
    'một',
    'và',
    'là',
    'của',
    'thành phố',
    'thị xã',
    'TP',
  ].map((w) => [w, true] as const),
);

/**
 * Titles of people (`… Phù Cát Ông Trần Văn B`): inside a name they stop it when a capitalised
 * name follows; opening a name after a type noun, or with nothing capitalised after, they are
 * syllables of a place (`Bà Rịa`, `Đông Anh`, `Cù Lao Chị`).
 */
export const PERSON_TITLES = new Set(['ông', 'bà', 'anh', 'chị']);

/**
 * Administrative units: they stop a name when written lowercase or when they would open it
 * (`xã Can Hồ`), but capitalised inside a name they are a syllable of it (`Lạch Huyện`).
 */
export const ADMIN_STOPS = new Set(['xã', 'huyện', 'tỉnh', 'quận', 'phường']);

/**
 * English words that cannot be part of a name before a type noun: sentence openers, dates
 * (months but `May`, weekdays, `Today`), and role titles. Titles of rank stay out of this list
 * because facilities are named after people who hold them (`King Fahd Causeway`).
 */
export const EN_NAME_STOPS = new Set(
  (
    'the a an in at on for by its this that these those our their his her and but with from to of as after before when while if mr mrs ms dr new said says first second third fourth fifth last next ' +
    'since during until under over into near via despite although because however meanwhile also ' +
    'january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'chairman chairwoman chair minister secretary spokesman spokeswoman chief executive ceo director analyst analysts'
  ).split(' '),
);

/** Whether a token text starts with an upper-case letter (`Nậm`, `T3`, `ĐT`). */
export function isCapitalised(text: string): boolean {
  const first = text[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Words before a type noun that say several projects follow (`các trạm biến áp X, Y`). */
export const PLURAL_MARKERS = new Set([
  'các',
  'những',
  'hai',
  'ba',
  'bốn',
  'năm',
  'loạt',
  // `một số dự án như …`
  'số',
  'two',
  'three',
  'both',
]);
