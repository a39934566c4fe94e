import { describe, expect, it } from 'vitest';
import { scoreMetadata, type ToolMetadata } from '../../../bench/score-metadata';

const got = (over: Partial<ToolMetadata>): ToolMetadata => ({
  title: null,
  authors: null,
  published: null,
  siteName: null,
  lang: null,
  ...over,
});

describe('scoring citation metadata against a page truth', () => {
  it('takes titles alike when only case, spacing, quotes and dashes differ', () => {
    const truth = { title: 'Alaska Airlines’ new date — full  membership' };
    expect(
      scoreMetadata(truth, got({ title: "alaska airlines' new date - full membership" })).title,
    ).toBe(true);
    // A site name after a separator, kept by one side and dropped by the other, is no difference.
    expect(
      scoreMetadata(
        truth,
        got({ title: 'Alaska Airlines’ new date — full membership | The Points Guy' }),
      ).title,
    ).toBe(true);
    expect(
      scoreMetadata({ title: 'How to Build a Terrarium | eHow' }, got({ title: 'How to Build' }))
        .title,
    ).toBe(false);
    expect(scoreMetadata(truth, got({})).title).toBe(false);
  });

  it('finds every true author in the byline, and takes a byline without its job title', () => {
    expect(
      scoreMetadata({ authors: ['Greg Iacurci'] }, got({ authors: 'By Greg Iacurci' })).authors,
    ).toBe(true);
    expect(
      scoreMetadata({ authors: ['Stella Kim', 'Jennifer Jett'] }, got({ authors: 'Stella Kim' }))
        .authors,
    ).toBe(false);
    expect(
      scoreMetadata({ authors: ['By Brenda  Goodman, MA'] }, got({ authors: 'Brenda Goodman' }))
        .authors,
    ).toBe(true);
    expect(scoreMetadata({ authors: ['Lê Phương'] }, got({ authors: 'VnExpress' })).authors).toBe(
      false,
    );
    expect(scoreMetadata({ authors: ['Joe Hildebrand'] }, got({ authors: 'J' })).authors).toBe(
      false,
    );
  });

  it('compares published times as instants when both have one, else as dates', () => {
    const truth = { published: '2023-04-28 18:23:00+00:00' };
    expect(scoreMetadata(truth, got({ published: '2023-04-28T14:23:30-04:00' })).published).toBe(
      true,
    );
    expect(scoreMetadata(truth, got({ published: '2023-04-28T14:25:00-04:00' })).published).toBe(
      false,
    );
    expect(
      scoreMetadata({ published: '2020-08-16' }, got({ published: '2020-08-16T09:00:00-07:00' }))
        .published,
    ).toBe(true);
    expect(
      scoreMetadata({ published: '2020-08-16' }, got({ published: '2020-08-17' })).published,
    ).toBe(false);
  });

  it('compares languages by their primary subtag, and scores only what the truth states', () => {
    expect(scoreMetadata({ lang: 'en' }, got({ lang: 'en-US' })).lang).toBe(true);
    expect(scoreMetadata({ lang: 'vi' }, got({ lang: 'en' })).lang).toBe(false);
    expect(scoreMetadata({ title: 'A' }, got({ title: 'A', lang: 'en' }))).toEqual({ title: true });
  });
});
