import type { Token } from '../figures/tokenize';
import type { NameSpan } from './read-name';

/*
 * Vietnamese type nouns and names that look like a project but are not one: a type noun inside a
 * company's name, a national operator or network, a generic acronym, a kilometre-post stretch.
 */

/** Words closing a company name: `Tổng công ty Cảng hàng không …` is a company, not an airport. */
const COMPANY_TAILS = new Set(['ty', 'đoàn', 'phần', 'tnhh', 'ctcp']);

/**
 * Business lines that open a company's own name after `công ty [cổ phần]` (`Công ty cổ phần Xây
 * dựng hạ tầng khu công nghiệp Cần Thơ`): a type noun reached from one of them through lowercase
 * words is inside the company's name. A brand there instead (`Công ty Vingroup xây dựng khu đô
 * thị …`) is the owner and the type noun what it builds.
 */
const BUSINESS_LINES = new Set(['xây', 'đầu', 'phát', 'kinh', 'khai', 'dịch', 'thương', 'quản']);
const MAX_LINE_WORDS = 5;

export function ownedByCompany(tokens: readonly Token[], i: number): boolean {
  if (companyTailAt(tokens, i - 1)) return true;
  for (let t = i - 1; t >= 0 && t >= i - MAX_LINE_WORDS; t--) {
    const tok = tokens[t] as Token;
    if (tok.kind !== 'word') return false;
    if (tok.text === tok.lower) continue;
    return BUSINESS_LINES.has(tok.lower) && companyTailAt(tokens, t - 1);
  }
  return false;
}

/**
 * `công ty`, `tập đoàn`, `cổ phần`, `TNHH` at `t`. `phần` only after `cổ`: `dự án thành phần
 * đoạn Vạn Ninh - Cam Lộ` (a component project) names its segment.
 */
function companyTailAt(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  if (!tok || !COMPANY_TAILS.has(tok.lower)) return false;
  return tok.lower !== 'phần' || tokens[t - 1]?.lower === 'cổ';
}

/** `đoạn tuyến Km0 – Km65`: a stretch given by kilometre posts is not named (decision 35). */
export function isKilometrePost(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  if (tok?.lower === 'km') return true;
  return tok?.kind === 'word' && /^Km\d/u.test(tok.text);
}

/**
 * A type noun followed by the country or a region is a national operator or a network
 * (`Cảng hàng không Việt Nam` = ACV, `Đường sắt Việt Nam`), not one project.
 */
const COUNTRY_NAMES = new Set(['việt nam', 'vn', 'miền bắc', 'miền nam', 'miền trung']);

export function isCountryName(tokens: readonly Token[], name: NameSpan): boolean {
  const text = tokens
    .slice(name.from, name.to)
    .map((t) => t.lower)
    .join(' ');
  return COUNTRY_NAMES.has(text);
}

/**
 * Vietnamese acronyms of a kind, not a name (`KCN KHCN` is a science-and-technology park in
 * general, `KCN VSIP` a named one).
 */
const GENERIC_ACRONYMS = new Set([
  'KHCN',
  'CNC',
  'CNTT',
  'CN',
  'DN',
  'FDI',
  'ODA',
  'PPP',
  'BOT',
  'BT',
]);

export function isGenericAcronym(tokens: readonly Token[], name: NameSpan): boolean {
  return name.to - name.from === 1 && GENERIC_ACRONYMS.has((tokens[name.from] as Token).text);
}
