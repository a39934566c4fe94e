import type { Figure } from '../model/figure';
import type { ComparisonBase, FigureRecord, FigureStatus } from '../model/figure-record';
import { normalizeText } from './normalize-text';
import { findBases, type BasePhrase } from './records/find-bases';
import {
  findPeriods,
  referenceDate,
  type PeriodPhrase,
  type ReferenceDate,
} from './records/find-periods';
import { findStatus } from './records/find-status';
import { baseFor, comparisonOf, pointChange } from './records/read-comparison';
import { changeDirection, linkFigures, type Placed } from './records/link-changes';
import { isKnownPlace, mainPlace } from './records/main-place';
import {
  readSubjectAfter,
  readSubjectBefore,
  type Mask,
  type SubjectReading,
} from './records/read-subject';
import { splitClauses, splitSentences, type Span } from './records/split-sentences';
import type { Direction } from './figures/direction-words';

/** Openers of a sentence that breaks down the figures of the one before. */
const PART_OF_BEFORE =
  /^(?:trong đó|riêng|cụ thể|of (?:this|that|which|these)|among (?:them|these)|within that)(?!\p{L})/iu;

/** What the records are read against besides the text. */
export interface RecordContext {
  /** Page language (`vi`, `en`); kept for symmetry with the recognisers, the rules read both. */
  lang: string;
  /** The article's publication date (ISO), for `năm nay`, `last year`, a month without year. */
  published?: string;
}

/** The part of a figure the records need: its span as written and its value. */
export type RecordInput = Pick<Figure, 'text' | 'kind' | 'value'> &
  Partial<Pick<Figure, 'unit' | 'currency'>>;

/** What carries from one sentence to the next in a paragraph (`Trong đó, …` keeps `Tháng 4/2020`). */
interface Carry {
  period?: string;
  base?: { base: ComparisonBase; basePeriod?: string };
}

/**
 * One record per figure, in the figures' order: subject, entity, period, comparison, status
 * (`docs/figure-records.md`). Figures are found in `text` by their spans, in order, so the
 * figures of a stored clipping (whose offsets index its blocks) work as well as fresh ones.
 * Paragraphs are the text's lines; a period or base carries over sentences within one only.
 */
export function findFigureRecords(
  text: string,
  figures: readonly RecordInput[],
  context: RecordContext,
): FigureRecord[] {
  const ref = referenceDate(context.published);
  const paragraphs = text
    .split(/\n+/)
    .map(normalizeText)
    .filter((p) => p.length > 0);
  const place = mainPlace(paragraphs.join('\n'));
  const records: FigureRecord[] = figures.map(() => ({}));
  const placed = placeFigures(paragraphs, figures);
  for (let p = 0; p < paragraphs.length; p++) {
    const inParagraph = placed.filter((f) => f.paragraph === p);
    if (inParagraph.length > 0) readParagraph(paragraphs[p] as string, inParagraph, ref, records);
  }
  for (const r of records) {
    if (r.entity === 'national') r.entity = context.lang.startsWith('vi') ? 'Việt Nam' : place;
    if (r.entity === undefined) delete r.entity;
    if (r.entity === 'generic' || (r.entity === undefined && (r.subject || r.period))) {
      if (place) r.entity = place;
      else delete r.entity;
    }
  }
  return records;
}

/** Locates each figure's span, in order, in the paragraphs. */
function placeFigures(
  paragraphs: readonly string[],
  figures: readonly RecordInput[],
): (Placed & { paragraph: number })[] {
  const out: (Placed & { paragraph: number })[] = [];
  let p = 0;
  let at = 0;
  figures.forEach((f, index) => {
    const span = normalizeText(f.text);
    for (let q = p; q < paragraphs.length; q++) {
      const found = (paragraphs[q] as string).indexOf(span, q === p ? at : 0);
      if (found < 0) continue;
      out.push({ ...f, index, start: found, end: found + span.length, paragraph: q });
      p = q;
      at = found + span.length;
      return;
    }
  });
  return out;
}

function readParagraph(
  paragraph: string,
  figures: readonly Placed[],
  ref: ReferenceDate | undefined,
  records: FigureRecord[],
): void {
  const carry: Carry = {};
  for (const sentence of splitSentences(paragraph)) {
    const inSentence = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
    if (inSentence.length === 0) continue;
    readSentence(paragraph, sentence, inSentence, ref, carry, records);
  }
}

function readSentence(
  text: string,
  sentence: Span,
  figures: readonly Placed[],
  ref: ReferenceDate | undefined,
  carry: Carry,
  records: FigureRecord[],
): void {
  const body = text.slice(sentence.start, sentence.end);
  const shift = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start + sentence.start,
    end: x.end + sentence.start,
  });
  const bases = findBases(body).map(shift);
  const allPeriods = findPeriods(body, ref).map(shift);
  const inBase = (p: PeriodPhrase): BasePhrase | undefined =>
    bases.find((b) => p.start >= b.start && p.end <= b.end);
  const periods = allPeriods.filter((p) => !inBase(p));
  const masks: Mask[] = [
    ...figures.map((f) => ({ start: f.start, end: f.end, kind: 'figure' as const })),
    ...periods.map((p) => ({ start: p.start, end: p.end, kind: 'period' as const })),
    ...bases.map((b) => ({ start: b.start, end: b.end, kind: 'base' as const })),
  ];
  const masked = (from: number, to: number): string => {
    let s = text.slice(from, to);
    for (const b of bases)
      if (b.start >= from && b.end <= to) s = s.replace(text.slice(b.start, b.end), '\uE000');
    for (const p of periods)
      if (p.start >= from && p.end <= to) s = s.replace(text.slice(p.start, p.end), '');
    return s;
  };
  // Only a sentence that breaks down the one before (`Trong đó, …`) inherits its base.
  if (!PART_OF_BEFORE.test(body)) delete carry.base;
  let prevStatus: FigureStatus | undefined;
  for (const clause of splitClauses(text, sentence)) {
    const cf = figures.filter((f) => f.start >= clause.start && f.end <= clause.end);
    if (cf.length === 0) continue;
    const clauseText = text.slice(clause.start, clause.end);
    const changes = new Map<number, Direction>();
    for (const f of cf) {
      const dir = changeDirection(clauseText, clause.start, f);
      if (dir) changes.set(f.index, dir);
    }
    const links = linkFigures(cf, changes, masked);
    const partnerOf = new Map<number, number>();
    for (const { level, change } of links.pairs) {
      partnerOf.set(level, change);
      partnerOf.set(change, level);
    }
    const verbless = /^[\s,]*$/.test(text.slice(clause.start, (cf[0] as Placed).start));
    let prevEnd = clause.start;
    for (const f of cf) {
      const rec = records[f.index] as FigureRecord;
      const partner = partnerOf.get(f.index);
      const owner =
        links.valueOf.get(f.index) ??
        (partner !== undefined && partner < f.index ? partner : undefined);
      const ownerRec = owner === undefined ? undefined : records[owner];
      if (ownerRec) {
        copySubject(ownerRec, rec);
      } else {
        Object.assign(
          rec,
          subjectOf(
            readSubjectBefore(text, clause.start, f.start, masks),
            () =>
              readSubjectAfter(text, f.end, clause.end, masks, opensPhrase(text, clause.start, f)),
            afterDeterminer(text, clause.start, f),
          ),
        );
      }
      // Status: the cue nearest before the figure since the last figure; a change shares its level's.
      const cueFrom = ownerRec ? prevEnd : clause.start;
      const status =
        ownerRec?.status ??
        findStatus(text.slice(Math.max(cueFrom, prevFigureEnd(cf, f) ?? clause.start), f.start)) ??
        (verbless ? prevStatus : undefined);
      if (status) rec.status = status;
      const period =
        ownerRec?.period ??
        nearestPeriod(periods, clause, f) ??
        nearestPeriod(periods, sentence, f) ??
        carry.period ??
        (status === 'target' && ref ? String(ref.year) : undefined);
      if (period) rec.period = period;
      prevEnd = f.end;
    }
    for (const f of cf) {
      const dir = changes.get(f.index);
      if (!dir) continue;
      const level = partnerOf.get(f.index);
      const base = baseFor(
        bases,
        allPeriods,
        clause,
        f,
        level === undefined ? undefined : cf.find((x) => x.index === level),
        carry,
      );
      const comparison = comparisonOf(f, dir, base, records[f.index]?.period);
      (records[f.index] as FigureRecord).comparison = comparison;
      if (level !== undefined) {
        const lr = records[level] as FigureRecord;
        lr.comparison = comparison;
        copySubject(lr, records[f.index] as FigureRecord);
        if (lr.status && !records[f.index]?.status)
          (records[f.index] as FigureRecord).status = lr.status;
      }
      carry.base = {
        base: comparison.base,
        ...(comparison.basePeriod ? { basePeriod: comparison.basePeriod } : {}),
      };
    }
    for (const f of cf) {
      const rec = records[f.index] as FigureRecord;
      if (rec.comparison || f.kind !== 'percent') continue;
      const point = pointChange(text, clause, f, masked);
      if (!point) continue;
      const base = baseFor(bases, allPeriods, clause, f, undefined, carry);
      rec.comparison = {
        ...comparisonOf({ ...f, value: point.size, text: 'point' }, point.dir, base, rec.period),
      };
      delete rec.comparison.figure;
    }
    prevStatus = records[(cf[cf.length - 1] as Placed).index]?.status;
    const last = records[(cf[cf.length - 1] as Placed).index];
    if (last?.period) carry.period = last.period;
  }
}

/**
 * Whether the figure opens a noun phrase: it follows a determiner (`The $100-million project`,
 * `a $1.2bn oil pipeline`) or stands first after a comma or the clause start (`…; 145,5 MVA,
 * 282,5 km dây dẫn trung thế`). Then the words after it say what it measures.
 */
/** `a $1.2bn oil pipeline`: a determiner right before the figure makes the noun after it the subject. */
function afterDeterminer(text: string, clauseStart: number, f: Placed): boolean {
  return /(?:^|\s)(?:the|a|an|its|their|một)\s+$/iu.test(text.slice(clauseStart, f.start));
}

function opensPhrase(text: string, clauseStart: number, f: Placed): boolean {
  const before = text.slice(clauseStart, f.start);
  return (
    /(?:^|[\s,:(])(?:the|a|an|its|their|một|các|những)\s+$/iu.test(before) ||
    /(?:^|[,:])\s*$/u.test(before)
  );
}

function prevFigureEnd(cf: readonly Placed[], f: Placed): number | undefined {
  const k = cf.indexOf(f);
  return k > 0 ? (cf[k - 1] as Placed).end : undefined;
}

/** Copies subject and entity from `from` to `to` where `to` has none. */
function copySubject(from: FigureRecord, to: FigureRecord): void {
  if (from.subject && !to.subject) to.subject = from.subject;
  if (from.entity && !to.entity) to.entity = from.entity;
}

function subjectOf(
  before: SubjectReading,
  after: () => SubjectReading,
  determined = false,
): FigureRecord {
  const later = after();
  const useLater =
    !before.subject ||
    (determined && later.subject !== undefined) ||
    later.strong === true ||
    (later.subject !== undefined && /\b(?:the|a|an)$/iu.test(before.subject));
  let reading: SubjectReading = useLater ? { ...later } : before;
  if (useLater) {
    // `Hà Nội thu hút 1,2 tỷ USD vốn FDI`: the place opening the phrase before is the holder.
    const opener = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*/u.exec(before.subject ?? '')?.[0];
    const entity = before.entity ?? (opener && isKnownPlace(opener) ? opener : undefined);
    if (entity) reading = { ...reading, entity };
  }
  return {
    ...(reading.subject ? { subject: reading.subject } : {}),
    ...(reading.entity ? { entity: reading.entity } : {}),
  };
}

/** The period phrase of `span` nearest the figure: before it first, else after it. */
function nearestPeriod(
  periods: readonly PeriodPhrase[],
  span: Span,
  f: Placed,
): string | undefined {
  const inside = periods.filter((p) => p.start >= span.start && p.end <= span.end);
  const before = inside.filter((p) => p.end <= f.start);
  const after = inside.filter((p) => p.start >= f.end);
  const pick = before[before.length - 1] ?? after[0];
  return pick?.period;
}

/**
 * The figures with their records attached (`record` left off where nothing was read), for the
 * store: saving a clipping and the migration that reads records for clippings saved before.
 */
export function withFigureRecords(
  text: string,
  figures: readonly Figure[],
  context: RecordContext,
): Figure[] {
  const records = findFigureRecords(text, figures, context);
  return figures.map((f, i) => {
    const { record: _old, ...rest } = f;
    const record = records[i];
    return record && Object.keys(record).length > 0 ? { ...rest, record } : rest;
  });
}
