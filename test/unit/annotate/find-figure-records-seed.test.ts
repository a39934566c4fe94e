import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';
import { findFigureRecords } from '../../../src/annotate/find-figure-records';

interface SeedRecord {
  figure: string;
  subject: string;
  entity: string;
  period: string | null;
  comparison?: { change: number; base: string };
  status?: string;
}

const SEED = path.resolve(__dirname, '../../fixtures/seed');
const text = fs.readFileSync(path.join(SEED, 'laichau.article.txt'), 'utf8');
const gold = (
  JSON.parse(fs.readFileSync(path.join(SEED, 'seed-laichau.records.json'), 'utf8')) as {
    records: SeedRecord[];
  }
).records;

describe('figure records on the seed article (Lai Châu, published 2020-05-12)', () => {
  const figures = findFigures(text, 'vi');
  const records = findFigureRecords(text, figures, {
    lang: 'vi',
    published: '2020-05-12T08:30:00+07:00',
  });

  it('reads records for the 20 figures the recogniser finds', () => {
    expect(figures.map((f) => f.text)).toEqual(gold.map((g) => g.figure));
    expect(records).toHaveLength(20);
  });

  it.each(gold.map((g, i) => [i, g] as const))(
    'figure %i: subject, entity, period, comparison, status',
    (i, g) => {
      const r = records[i];
      expect(r?.subject).toBe(g.subject);
      expect(r?.entity).toBe(g.entity);
      expect(r?.period ?? null).toBe(g.period);
      if (g.comparison) {
        expect(r?.comparison?.change).toBeCloseTo(g.comparison.change, 9);
        expect(r?.comparison?.base).toBe(g.comparison.base);
      } else {
        expect(r?.comparison).toBeUndefined();
      }
      expect(r?.status).toBe(g.status);
    },
  );

  it('links a change to the figure it qualifies', () => {
    // `đạt 202,6 tỷ đồng, giảm tới 41,6% so với cùng kỳ năm 2019`
    expect(records[0]?.comparison).toMatchObject({ figure: 1, unit: '%', basePeriod: '2019' });
    // `giảm 42,5% so với cùng kỳ năm 2019, đạt 5,446 triệu USD`: the change comes first.
    expect(records[10]?.comparison?.figure).toBe(9);
  });
});
