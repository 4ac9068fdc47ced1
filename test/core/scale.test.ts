import { expect } from '@open-wc/testing';
import { axisTicks, niceDomain } from '../../src/core/scale.js';

const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);

describe('time scale', () => {
  it('runs the Syria data from 2011 to the end of December 2024', () => {
    expect(niceDomain(utc(2011), utc(2024, 12, 3))).to.deep.equal([utc(2011), utc(2025)]);
    expect(niceDomain(utc(2024, 12, 1), utc(2024, 12, 2))).to.deep.equal([utc(2024), utc(2025)]);
    expect(niceDomain(utc(2024, 12, 1), utc(2024, 12, 1))).to.deep.equal([utc(2024), utc(2024, 12)]);
  });
});

describe('axis ticks', () => {
  it('labels years across the whole range, leaving out a label that would be cut off at the right edge', () => {
    const ticks = axisTicks([utc(2011), utc(2025)], [0, 1280]);
    expect(ticks.map((t) => t.label)).to.deep.equal([
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(ticks[7]!.x).to.be.closeTo(((utc(2018) - utc(2011)) / (utc(2025) - utc(2011))) * 1280, 1e-9);
    expect(ticks.every((t) => t.major)).to.equal(true);
  });

  it('uses fewer ticks on a narrow axis', () => {
    const ticks = axisTicks([utc(2011), utc(2025)], [0, 320]);
    expect(ticks.map((t) => t.label)).to.deep.equal(['2015', '2020']);
  });

  it('labels months, with the year at January', () => {
    const ticks = axisTicks([utc(2023, 10), utc(2024, 4)], [0, 480]);
    expect(ticks.map((t) => t.label)).to.deep.equal(['Oct', 'Nov', 'Dec', 'Jan 2024', 'Feb', 'Mar']);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).to.deep.equal(['Jan 2024']);
  });

  it('labels the crowded week by day', () => {
    const ticks = axisTicks([utc(2024, 11, 25), utc(2024, 12, 3)], [0, 640]);
    expect(ticks.map((t) => t.label)).to.deep.equal([
      '25 Nov',
      '26 Nov',
      '27 Nov',
      '28 Nov',
      '29 Nov',
      '30 Nov',
      '1 Dec 2024',
      '2 Dec',
    ]);
  });

  it('never ticks finer than a minute, and takes a spacing of 0 as one pixel (found by property tests)', () => {
    // Six seconds over 320 px: one tick at most, not 32 all labelled "00:00".
    const fine = axisTicks([0, 6000], [0, 320], 10);
    expect(new Set(fine.map((t) => t.label)).size).to.equal(fine.length);
    expect(fine.length).to.be.at.most(1);
    // An hour over 100,000 px: a tick a minute, each its own label.
    const hour = axisTicks([Date.UTC(2024, 0, 1, 14), Date.UTC(2024, 0, 1, 15)], [0, 100_000]);
    expect(hour.length).to.equal(60);
    expect(new Set(hour.map((t) => t.label)).size).to.equal(60);
    // Spacing 0 over 100 px: no more ticks than pixels (it made 72,001).
    expect(axisTicks([0, 100_000], [0, 100], 0).length).to.be.at.most(101);
  });

  it('labels hours in UTC', () => {
    const ticks = axisTicks([utc(2024, 12, 1, 18), utc(2024, 12, 2, 6)], [0, 480]);
    expect(ticks.map((t) => t.label)).to.deep.equal(['18:00', '21:00', '2 Dec', '03:00']);
  });
});
