import { expect } from '@open-wc/testing';
import { CATEGORIES } from '../../src/data/types.js';
import { CATEGORY_SHAPES, SHAPES, shapePath } from '../../src/core/shapes.js';

describe('shapes', () => {
  it('gives every category its own shape', () => {
    const shapes = CATEGORIES.map((c) => CATEGORY_SHAPES[c]);
    expect(new Set(shapes).size).to.equal(CATEGORIES.length);
    for (const s of shapes) expect(SHAPES).to.include(s);
  });

  it('draws each shape about its centre', () => {
    expect(shapePath('circle', 10, 20, 5)).to.equal('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(shapePath('square', 0, 0, 5)).to.equal('M-4.45,-4.45L4.45,-4.45L4.45,4.45L-4.45,4.45Z');
    expect(shapePath('diamond', 10, 20, 4)).to.equal('M10,15L15,20L10,25L5,20Z');
    expect(shapePath('triangle', 0, 0, 4)).to.equal('M0,-5.4L4.68,2.7L-4.68,2.7Z');
    expect(shapePath('triangle-down', 0, 0, 4)).to.equal('M0,5.4L4.68,-2.7L-4.68,-2.7Z');
    expect(shapePath('hexagon', 0, 0, 5)).to.equal('M5.5,0L2.75,4.76L-2.75,4.76L-5.5,0L-2.75,-4.76L2.75,-4.76Z');
    expect(shapePath('plus', 0, 0, 5)).to.equal(
      'M-2.1,-5.75L2.1,-5.75L2.1,-2.1L5.75,-2.1L5.75,2.1L2.1,2.1L2.1,5.75L-2.1,5.75L-2.1,2.1L-5.75,2.1L-5.75,-2.1L-2.1,-2.1Z',
    );
  });

  it('keeps every polygon within a little more than the circle', () => {
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      const numbers = shapePath(shape, 0, 0, 10)
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number);
      expect(Math.max(...numbers.map(Math.abs)), shape).to.be.within(8.5, 13.6);
    }
  });
});
