export { ShownController } from '../../controllers/shown.js';
import type { Badge } from '../../core/layout.js';
import type { Shape } from '../../core/shapes.js';
import type { METRICS, ItemView, LaneBand } from './timeline.templates.js';

/**
 * What the painter uses of the element's other modules, handed in rather than imported: the painter is
 * only needed for large datasets, so the embed bundle loads it on demand, as a file of its own that
 * shares no code with the bundle (a shared import would be split out into a third file).
 */
export interface PaintKit {
  readonly shapePath: (shape: Shape, cx: number, cy: number, r: number) => string;
  readonly itemExtent: (v: ItemView) => { x0: number; x1: number };
  readonly metrics: typeof METRICS;
  readonly glyphRadius: number;
}

/** Hatch patterns per canvas and colour: made once, not on every paint. */
const hatchCache = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** Colours resolved from the element's custom properties for one paint (a canvas cannot read `var()`). */
export interface Palette {
  readonly fg: string;
  readonly bg: string;
  readonly muted: string;
  readonly selected: string;
  readonly focus: string;
  /** Each category's colour. */
  readonly category: Readonly<Record<string, string>>;
  /** Each category's edge: its colour a quarter of the way to `fg` (strokes, glyphs, arrows). */
  readonly edge?: Readonly<Record<string, string>>;
}

export interface BadgeView {
  readonly badge: Badge;
  readonly y: number;
  readonly related: boolean;
}

/**
 * The colours and font to paint with, read from the probes the element renders (`.palette`), so
 * themes, dark mode and forced colours reach the canvas.
 */
export function readPalette(host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment }): {
  palette: Palette;
  font: string;
} {
  const probe = (sel: string, prop: 'color' | 'backgroundColor' = 'color') => {
    const el = host.renderRoot.querySelector(`.palette ${sel}`);
    return el ? getComputedStyle(el)[prop] : '';
  };
  const category: Record<string, string> = {};
  for (const el of host.renderRoot.querySelectorAll<HTMLElement>('.palette [data-category]')) {
    category[el.dataset.category!] = getComputedStyle(el).color;
  }
  const edge: Record<string, string> = {};
  for (const el of host.renderRoot.querySelectorAll<HTMLElement>('.palette [data-edge]')) {
    edge[el.dataset.edge!] = getComputedStyle(el).color;
  }
  const style = getComputedStyle(host);
  return {
    palette: {
      fg: probe('.fg'),
      bg: probe('.bg', 'backgroundColor'),
      muted: probe('.muted'),
      selected: probe('.selected'),
      focus: probe('.focus'),
      category,
      edge,
    },
    font: `${style.fontSize} ${style.fontFamily}`,
  };
}

/** Everything one canvas paint draws, in CSS pixels. */
export interface CanvasFrame {
  readonly width: number;
  /**
   * The stretch of the chart the canvas covers, in chart pixels: the canvas's own top edge is at
   * `top`, and nothing wholly outside the stretch is drawn.
   */
  readonly top: number;
  readonly bottom: number;
  readonly views: readonly ItemView[];
  readonly badges: readonly BadgeView[];
  readonly badgeWidth: number;
  /** Index of the badge under the pointer or keyboard focus: it gets a focus ring. */
  readonly activeBadge: number;
  readonly bands: readonly LaneBand[];
  /** Items per `binWidth` pixels of each lane, everything in view: the level-of-detail rug. */
  readonly density: readonly Uint32Array[];
  /** Time runs right to left: the rug's bins (counted left to right) are drawn from the right. */
  readonly mirrored?: boolean;
  readonly binWidth: number;
  /** The item whose button has keyboard focus: the canvas draws its focus ring. */
  readonly focusedId: string;
  readonly font: string;
  readonly palette: Palette;
}

/** Each shape at each size as a path about the origin, made once. */
const shapes = new Map<string, Path2D>();
const shapeAt = (kit: PaintKit, shape: Shape, r: number): Path2D => {
  const key = `${shape} ${r}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(kit.shapePath(shape, 0, 0, r))));
  return path;
};

/** Height of the density rug along each lane's foot. */
const RUG = 3;

/**
 * Paints marks, labels and badges on a canvas: the renderer for tens of thousands of items. It draws
 * what the SVG renderer draws (point marks in their category's shape; span, period and hatched window
 * bars with that shape at their start; ongoing arrows, open starts, haloed labels, selection and
 * links, count badges) plus a rug along each lane's foot that shades every pixel column by how many
 * items it holds, so density stays visible where labels cannot.
 */
export function paintCanvas(ctx: CanvasRenderingContext2D, frame: CanvasFrame, dpr: number, kit: PaintKit): void {
  const { palette } = frame;
  const { metrics: METRICS, glyphRadius: GLYPH_RADIUS, itemExtent } = kit;
  const { top, bottom } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
  ctx.clearRect(0, top, frame.width, bottom - top);
  // Rows reach half a row above and below their centre; labels and badges no further.
  const reach = METRICS.rowHeight;
  const shown = (y: number) => y + reach >= top && y - reach <= bottom;
  const views = frame.views.filter((v) => shown(v.y));
  const badges = frame.badges.filter((b) => shown(b.y));

  // The rug: occupied bins in four shades by count, each run of one shade as one rectangle, shade
  // by shade (so few state changes).
  ctx.fillStyle = palette.muted;
  const shades = [0.3, 0.5, 0.75, 1];
  const bandShown = (lane: number) => {
    const band = frame.bands[lane];
    return band !== undefined && band.y <= bottom && band.y + band.height >= top;
  };
  const rugs = frame.density.map((bins, lane) => {
    if (!bandShown(lane)) return new Uint8Array(0);
    let max = 1;
    for (let i = 0; i < bins.length; i++) if (bins[i]! > max) max = bins[i]!;
    const scale = (shades.length - 1e-9) / Math.log(1 + max);
    // 0: empty, else 1 + the shade's index.
    const rug = new Uint8Array(bins.length);
    for (let i = 0; i < bins.length; i++) if (bins[i]) rug[i] = 1 + Math.floor(Math.log(1 + bins[i]!) * scale);
    return rug;
  });
  shades.forEach((alpha, shade) => {
    ctx.globalAlpha = alpha;
    rugs.forEach((rug, lane) => {
      const band = frame.bands[lane];
      if (!band || !bandShown(lane)) return;
      const y = band.y + band.height - 2 - RUG - 1;
      for (let i = 0; i < rug.length; i++) {
        if (rug[i] !== shade + 1) continue;
        let j = i + 1;
        while (j < rug.length && rug[j] === shade + 1) j++;
        const x = frame.mirrored ? frame.width - j * frame.binWidth : i * frame.binWidth;
        ctx.fillRect(x, y, (j - i) * frame.binWidth, RUG);
        i = j;
      }
    });
  });
  ctx.globalAlpha = 1;

  const h = METRICS.markHeight;
  const hatch = (color: string) => {
    const tile = new OffscreenCanvas(5, 5).getContext('2d')!;
    tile.strokeStyle = color;
    tile.globalAlpha = 0.6;
    tile.lineWidth = 1.5;
    tile.beginPath();
    tile.moveTo(0, 5);
    tile.lineTo(5, 0);
    tile.stroke();
    return ctx.createPattern(tile.canvas, 'repeat');
  };
  let hatches = hatchCache.get(ctx);
  if (!hatches) hatchCache.set(ctx, (hatches = new Map()));

  for (const v of views) {
    const { placed: p, span, y } = v;
    const color = palette.category[v.category] ?? palette.fg;
    const edge = palette.edge?.[v.category] ?? color;
    const top = y - h / 2;
    // Where time starts and ends on screen, and which way it runs (right to left when mirrored).
    const [start, end, dir] = v.mirrored ? [p.x1, p.x0, -1] : [p.x0, p.x1, 1];
    ctx.lineWidth = v.selected || v.related ? 2.5 : 1.5;
    ctx.strokeStyle = v.selected || v.related ? palette.selected : edge;
    ctx.setLineDash(v.related ? [3, 2] : []);
    ctx.fillStyle = color;
    if (p.point && span.kind !== 'window') {
      const cx = (p.x0 + p.x1) / 2;
      const shape = shapeAt(kit, v.shape, h / 2);
      ctx.translate(cx, y);
      ctx.fill(shape);
      ctx.stroke(shape);
      ctx.translate(-cx, -y);
    } else {
      const w = Math.max(p.x1 - p.x0, 1);
      ctx.beginPath();
      ctx.roundRect(p.x0, top, w, h, 2);
      if (span.kind === 'window') {
        if (!hatches.has(color)) hatches.set(color, hatch(color));
        ctx.globalAlpha = 0.12;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.fillStyle = hatches.get(color) ?? color;
        ctx.fill();
        if (!v.selected && !v.related) ctx.setLineDash([4, 3]);
      } else {
        ctx.globalAlpha = span.kind === 'period' ? 0.5 : 0.28;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      ctx.stroke();
      ctx.setLineDash([]);
      const glyph = shapeAt(kit, v.shape, GLYPH_RADIUS);
      const gx = v.glyphX ?? start;
      ctx.translate(gx, y);
      ctx.fillStyle = edge;
      ctx.fill(glyph);
      ctx.strokeStyle = palette.bg;
      ctx.lineWidth = 1;
      ctx.stroke(glyph);
      ctx.translate(-gx, -y);
    }
    ctx.setLineDash([]);
    ctx.fillStyle = edge;
    if (span.ongoing) {
      ctx.beginPath();
      ctx.moveTo(end, top - 2);
      ctx.lineTo(end + 7 * dir, y);
      ctx.lineTo(end, y + h / 2 + 2);
      ctx.fill();
    }
    if (span.openStart) {
      ctx.strokeStyle = edge;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([2, 3]);
      ctx.beginPath();
      ctx.moveTo(start - 18 * dir, y);
      ctx.lineTo(start, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }

  // Labels after marks, each on a plate of the background colour that keeps it legible over grid
  // lines and hatching (none inside a solid bar). A plate is one rectangle where a halo (the SVG
  // renderer's stroke around each glyph) would cost three times as much to draw: thousands of
  // frames draw hundreds of labels.
  ctx.font = frame.font;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const half = Math.ceil((parseFloat(frame.font) || 12) * 0.6);
  ctx.fillStyle = palette.bg;
  for (const { placed: p, span, y, labelWidth } of views) {
    if (p.labelSide !== 'inside' || span.kind === 'window')
      ctx.fillRect(p.labelX - 2, y - half, labelWidth + 4, 2 * half);
  }
  ctx.fillStyle = palette.fg;
  for (const v of views) {
    const { placed: p, y } = v;
    ctx.fillText(v.label, p.labelX, y + 4);
    if (v.selected || v.related) ctx.fillRect(p.labelX, y + 6, v.labelWidth, 2);
  }

  // The focused item's ring, here rather than on its DOM button, which catches up only once the view rests.
  const focused = frame.focusedId ? views.find((v) => v.placed.id === frame.focusedId) : undefined;
  if (focused) {
    const { x0, x1 } = itemExtent(focused);
    ctx.beginPath();
    ctx.roundRect(x0 - 3, focused.y - METRICS.rowHeight / 2, Math.max(x1 - x0 + 6, 0), METRICS.rowHeight, 3);
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  // Count badges: a pill with the count in the background colour. Pills of one kind are one path;
  // the rare related and focused badges are outlined after.
  const pill = (path: CanvasPath, { badge, y }: BadgeView) => path.roundRect(badge.x, y - 9, frame.badgeWidth, 18, 9);
  const plain = new Path2D();
  const linked = new Path2D();
  for (const b of badges) pill(b.related ? linked : plain, b);
  ctx.fillStyle = palette.fg;
  ctx.fill(plain);
  ctx.fillStyle = palette.muted;
  ctx.fill(linked);
  ctx.strokeStyle = palette.selected;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([3, 2]);
  ctx.stroke(linked);
  ctx.setLineDash([]);
  const active = frame.badges[frame.activeBadge];
  if (active) {
    ctx.beginPath();
    pill(ctx, active);
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.font = `700 11px ${frame.font.replace(/^\S+\s+/, '')}`;
  ctx.textAlign = 'center';
  ctx.fillStyle = palette.bg;
  for (const { badge, y } of badges) ctx.fillText(`+${badge.ids.length}`, badge.x + frame.badgeWidth / 2, y + 4);
}
