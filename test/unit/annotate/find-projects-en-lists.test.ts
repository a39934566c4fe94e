import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

/** English lists sharing one head and heads that take their name after `of` (issue 20). */
const spans = (text: string): string[] => findProjects(text, 'en').map((p) => p.text);

describe('findProjects en: lists sharing one head', () => {
  it('gives each name before a plural head its own span', () => {
    expect(spans('Fees will rise at Kelso, Brandon and Fairfield airports next year.')).toEqual([
      'Kelso',
      'Brandon',
      'Fairfield airports',
    ]);
    expect(spans('Work stopped at the Upper Marsh and Tolley dams in May.')).toEqual([
      'Upper Marsh',
      'Tolley dams',
    ]);
  });

  it('does not make a list of one name before a plural head', () => {
    expect(spans('Traffic at Gulf ports fell.')).toEqual([]);
  });

  it('reads names after a head and of or at', () => {
    expect(spans('ships will dock at the Estonian port of Narva instead')).toEqual([
      'port of Narva',
    ]);
    expect(spans('the owner of the airports at Redhill and Brinton said')).toEqual([
      'airports at Redhill',
      'Brinton',
    ]);
  });
});

describe('findProjects en: a head inside a longer name', () => {
  it('lets a capitalised head give way to the one that closes the name', () => {
    expect(spans('work at the Lake Mead Project Water Treatment Plant resumed')).toEqual([
      'Lake Mead Project Water Treatment Plant',
    ]);
  });
});

describe('findProjects en: heads next to companies and adjectives', () => {
  it('keeps a head followed by its operator or owner', () => {
    expect(spans('Severn Bridge operator Crossings Ltd cut tolls.')).toEqual(['Severn Bridge']);
    expect(spans('the Port Authority said')).toEqual([]);
  });

  it('takes a capitalised head at a sentence start as a proper name', () => {
    expect(spans('Rotherhithe Tunnel reopened on Monday.')).toEqual(['Rotherhithe Tunnel']);
  });

  it('does not read a place glued to a lowercase prefix as a name', () => {
    expect(spans('a new trans-Pennine rail link is planned')).toEqual([]);
  });

  it('reads a named transport plan', () => {
    expect(spans('the £3bn Thameslink transport plan was approved')).toEqual([
      'Thameslink transport plan',
    ]);
  });
});
