import type { Category } from '../data/types.js';

/** The mark shapes: with colour, each category has its own, so colour is never the only cue. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'plus', 'hexagon'] as const;
export type Shape = (typeof SHAPES)[number];

/** Each category's shape: point marks take it, and bars carry it at their start. */
export const CATEGORY_SHAPES: Readonly<Record<Category, Shape>> = {
  'armed-conflict': 'triangle',
  'foreign-forces': 'diamond',
  diplomacy: 'circle',
  statement: 'square',
  humanitarian: 'plus',
  political: 'hexagon',
  regional: 'triangle-down',
};

const round = (n: number) => Math.round(n * 100) / 100 || 0;

/**
 * SVG path data for `shape` centred on `(cx, cy)`, `r` from centre to edge for a circle. The others
 * are sized to about the circle's area, so no category looks heavier than another. Canvas renderers
 * pass the same string to `Path2D`.
 */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const poly = (points: [number, number][]) =>
    `M${points.map(([x, y]) => `${round(cx + x)},${round(cy + y)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.89;
      return poly([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'diamond': {
      const s = r * 1.25;
      return poly([
        [0, -s],
        [s, 0],
        [0, s],
        [-s, 0],
      ]);
    }
    case 'triangle':
    case 'triangle-down': {
      // An equilateral triangle about its centroid, apex up (or down).
      const s = r * 1.35;
      const d = shape === 'triangle' ? 1 : -1;
      return poly([
        [0, -d * s],
        [s * 0.866, (d * s) / 2],
        [-s * 0.866, (d * s) / 2],
      ]);
    }
    case 'plus': {
      const a = r * 1.15;
      const b = r * 0.42;
      return poly([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
    case 'hexagon': {
      const s = r * 1.1;
      return poly(
        Array.from({ length: 6 }, (_, i): [number, number] => [
          s * Math.cos((Math.PI / 3) * i),
          s * Math.sin((Math.PI / 3) * i),
        ]),
      );
    }
  }
}
