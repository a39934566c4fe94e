import { describe, expect, it } from 'vitest';
import { looksLikeName, namesInByline } from '../../../src/extract/find-page-authors';

describe('names in a printed byline', () => {
  it('drops the lead-in, the date and the job title', () => {
    expect(namesInByline('By Erin Cunningham')).toEqual(['Erin Cunningham']);
    expect(namesInByline('Par Sébastien Farcis')).toEqual(['Sébastien Farcis']);
    expect(namesInByline('By Nathan Willis March 25, 2015')).toEqual(['Nathan Willis']);
    expect(namesInByline('By Brenda Goodman, MA WebMD Health News')).toEqual(['Brenda Goodman']);
    expect(
      namesInByline('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy'),
    ).toEqual(['Daniel Kahn Gillmor']);
    expect(namesInByline('GILLIAN MOHNEY March 11, 2015 3:46 PM')).toEqual(['GILLIAN MOHNEY']);
  });

  it('splits co-authors, in English and Vietnamese', () => {
    expect(namesInByline('By Stella Kim and Jennifer Jett')).toEqual([
      'Stella Kim',
      'Jennifer Jett',
    ]);
    expect(namesInByline('Minh Anh và Quốc Việt')).toEqual(['Minh Anh', 'Quốc Việt']);
    expect(namesInByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      'Martin Untersinger',
      'Damien Leloup',
      'Morgane Tual',
    ]);
    expect(namesInByline('Bruno (Henrique Zecchin) Rodrigues')).toEqual([
      'Bruno (Henrique Zecchin) Rodrigues',
    ]);
  });

  it('takes no page furniture, single words or monograms for a name', () => {
    for (const text of [
      'Related Articles',
      'Follow Author',
      'Last',
      'J J',
      'Admin',
      'Posted 3 days ago',
    ])
      expect(looksLikeName(text)).toBe(false);
    expect(looksLikeName('Vincent van Gogh')).toBe(true);
    expect(looksLikeName('XUÂN LONG')).toBe(true);
  });
});
