/**
 * Finds the date lines the article shows in its own content ("Published 10:02 AM EST Nov 19,
 * 2019", "November 18, 2019 | 4:10pm", "Updated: Sat 8:31 PM, Feb 17, 2018"): they belong with
 * the byline, not the body. Only elements already kept count: this names them, it neither
 * shows nor hides anything.
 */
import { elementsAfterHeadline } from './after-headline';
import { cleanText } from './kept-set';

/** Where pages put a date: class or id naming a date, a time or a publication. */
const DATE_NAMED =
  '[class*="date" i], [class*="timestamp" i], [class*="publish" i], [class*="posted" i], [class*="updated" i], [class*="calendar" i], [id*="date" i]';

const MONTH =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre';

/** A calendar date in words or digits, or a clock time. */
const DATE = new RegExp(
  `\\b((${MONTH})\\s+\\d{1,2}\\b|\\d{1,2}\\.?\\s+(de\\s+)?(${MONTH})\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}:\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)`,
  'i',
);

/**
 * How a date line opens: with the date itself, a weekday, or its label ("Published", "Posted
 * on", "Updated:", "By … on"); not with "Retrieved", which opens a citation's access date.
 */
const DATELINE_OPENING = new RegExp(
  `^[|•·\\s]*((first |last )?(published|posted|updated|modified)\\b|by\\b|on\\b|\\p{N}|(${MONTH})\\b|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|(segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật)`,
  'iu',
);

/** A date line is short; a paragraph that mentions a date is prose. */
const MAX_DATELINE_CHARS = 80;

/** At most this many: a story shows its dates once or twice (published, updated). */
const MAX_DATELINES = 3;

/**
 * A date inside a sentence or a citation ("… Retrieved 27 January 2020."): its parent holds
 * words of its own around it, so it is not a line of its own.
 */
function inRunningText(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null) return false;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 && /[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/** Whether `text` is a date line by itself: short, opening like one, holding a date, no sentence. */
function isDatelineText(text: string): boolean {
  if (text.length > MAX_DATELINE_CHARS || !DATELINE_OPENING.test(text) || !DATE.test(text))
    return false;
  // Words running in lower case are a sentence ("Sept. 9: The council votes."), not a
  // date line ("Published 10:02 AM EST Nov 19, 2019", "22 de janeiro de 2018 às 0:13").
  return !/(^|\s)\p{Ll}{3,}\s+\p{Ll}{3,}(?!\p{L})/u.test(text);
}

/** Where a story prints when it was published, between its headline and its body. */
const HEAD_DATE_NAMED = `${DATE_NAMED}, [class~="time" i], time`;
/** Elements looked at after the headline: the date sits in the story's first few lines. */
const HEAD_DATE_REACH = 40;

/**
 * The date line printed between the headline and the body, which Readability leaves out of
 * its content with the rest of the story's header (the seed: "08:30 | 12/05/2020" in
 * `span.time`, beside the share buttons): the reader should see when the story was published.
 * Only an element named like a date (or a `<time>`) whose whole text is a date line; null
 * when there is none before `bodyStart`.
 */
export function findHeadlineDate(title: Element, bodyStart: Element | null): Element | null {
  for (const el of elementsAfterHeadline(title, bodyStart, HEAD_DATE_REACH))
    if (
      el.matches(HEAD_DATE_NAMED) &&
      !inRunningText(el) &&
      isDatelineText(cleanText(el.textContent))
    )
      return el;
  return null;
}

/**
 * Kept elements under `region` named like a date whose whole text is a short date line,
 * outermost first, none inside another.
 */
export function findDatelines(region: Element, kept: ReadonlySet<Element>): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(region.querySelectorAll(DATE_NAMED))) {
    if (!kept.has(el) || found.some((f) => f.contains(el)) || inRunningText(el)) continue;
    if (!isDatelineText(cleanText(el.textContent))) continue;
    found.push(el);
    if (found.length === MAX_DATELINES) break;
  }
  return found;
}
