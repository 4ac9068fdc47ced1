/** A box the pointer can hit: an item's mark and label together, or a count badge. */
export interface HitBox {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  /** The item's id, or the badge's index prefixed with `#`. */
  readonly key: string;
}

/**
 * The box under `(x, y)`, or `undefined`: hit-testing against the layout's data rather than the DOM,
 * so a canvas-drawn chart answers the pointer as an SVG one does. Boxes never overlap within a row;
 * the last box listed wins where rows touch (badges are listed after items, as they are drawn).
 */
export function hitTest(boxes: readonly HitBox[], x: number, y: number): string | undefined {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) return b.key;
  }
  return undefined;
}
