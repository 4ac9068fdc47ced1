import { expect } from '@open-wc/testing';
import { interpolateZoom as d3InterpolateZoom } from 'd3-interpolate';
import { interpolateZoom } from '../../src/vendor/d3-interpolate-zoom.js';

// The embed bundle swaps d3-interpolate for this copy of its zoom interpolator: it must agree exactly.
describe('vendored interpolateZoom', () => {
  const cases: [[number, number, number], [number, number, number]][] = [
    [
      [600, 300, 1200],
      [900, 300, 40],
    ],
    [
      [100, 0, 500],
      [100, 0, 50],
    ],
    [
      [0, 0, 10],
      [5000, 20, 3000],
    ],
  ];
  for (const [a, b] of cases) {
    it(`matches d3 from ${a.join(',')} to ${b.join(',')}`, () => {
      const ours = interpolateZoom(a, b);
      const theirs = d3InterpolateZoom(a, b);
      expect(ours.duration).to.equal(theirs.duration);
      for (const t of [0, 0.25, 0.5, 0.9, 1]) expect(ours(t)).to.deep.equal(theirs(t));
    });
  }
});
