import { expect } from '@open-wc/testing';
import * as d3 from 'd3-time';
import * as ours from '../../src/vendor/d3-time-utc.js';

// The embed bundle swaps d3-time for this UTC-only copy: it must give the same dates.
describe('vendored d3-time (UTC)', () => {
  const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString());

  it('floors, ceils, offsets and ranges years, months and days as d3-time does', () => {
    const t = new Date(Date.UTC(2024, 1, 29, 13, 45, 12, 345));
    for (const name of ['utcYear', 'utcMonth', 'utcDay'] as const) {
      const a = ours[name];
      const b = d3[name];
      expect(+a.floor(t), name).to.equal(+b.floor(t));
      expect(+a.ceil(t), name).to.equal(+b.ceil(t));
      expect(+a.offset(t, 3), name).to.equal(+b.offset(t, 3));
      expect(+a.offset(t, -2), name).to.equal(+b.offset(t, -2));
      const stop = new Date(Date.UTC(2026, 5, 1));
      expect(iso(a.range(t, stop)), name).to.deep.equal(iso(b.range(t, stop)));
    }
  });

  it('chooses the same tick interval and ticks for spans from seconds to centuries', () => {
    const spans = [5_000, 90_000, 3_600_000, 6 * 3_600_000, 86_400_000, 9 * 86_400_000, 40 * 86_400_000];
    const more = [200 * 86_400_000, 3 * 365 * 86_400_000, 14 * 365 * 86_400_000, 300 * 365 * 86_400_000];
    const starts = [Date.UTC(2011, 2, 15, 6, 30), Date.UTC(2024, 10, 27, 23, 59, 59), Date.UTC(1999, 11, 31)];
    let compared = 0;
    for (const start of starts) {
      for (const span of [...spans, ...more]) {
        for (const count of [1, 3, 7, 12, 16, 40]) {
          const a = ours.utcTickInterval(new Date(start), new Date(start + span), count);
          const b = d3.utcTickInterval(new Date(start), new Date(start + span), count);
          const stop = new Date(start + span + 1);
          expect(iso(a?.range(new Date(start), stop) ?? []), `${span} ms in ${count}`).to.deep.equal(
            iso(b?.range(new Date(start), stop) ?? []),
          );
          expect(+(a?.floor(new Date(start)) ?? 0)).to.equal(+(b?.floor(new Date(start)) ?? 0));
          compared++;
        }
      }
    }
    expect(compared).to.equal(3 * 11 * 6);
  });
});
