export { ShownController } from '../../controllers/shown.js';
export { hitTest } from '../../core/hit.js';
import type { HitBox } from '../../core/hit.js';
import type { Badge } from '../../core/layout.js';
import type { AxisTick } from '../../core/scale.js';
import type { Shape } from '../../core/shapes.js';
import type { METRICS, ItemView, LaneBand, ItemState } from './timeline.templates.js';
import type { Translate } from '../../i18n/words.js';

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
  /** What the items' and badges' buttons say and are (see `syncShells`), as the SVG templates have them. */
  readonly ringBox: (v: ItemView) => [number, number, number, number];
  readonly itemPart: (v: ItemState) => string;
  readonly itemClass: (v: ItemState) => string;
  readonly badgeLabel: (count: number, t: Translate) => string;
  readonly badgeKey: (b: Badge) => string;
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
  /** The axis's grid lines, as its tick marks are drawn; none where empty. */
  readonly grid?: string;
  readonly majorGrid?: string;
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
  // The grid takes the colours of the axis's own tick marks, as the theme sets them (one kind stands
  // in for the other when only one is drawn).
  const stroke = (sel: string) => {
    const line = host.renderRoot.querySelector(`.tick${sel} line`);
    const color = line ? getComputedStyle(line).stroke : '';
    return color.startsWith('url') || color === 'none' ? '' : color;
  };
  const grid = stroke(':not(.major)');
  const majorGrid = stroke('.major');
  return {
    palette: {
      fg: probe('.fg'),
      bg: probe('.bg', 'backgroundColor'),
      muted: probe('.muted'),
      selected: probe('.selected'),
      focus: probe('.focus'),
      category,
      edge,
      grid: grid || majorGrid,
      majorGrid: majorGrid || grid,
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
  /** The axis's ticks: the canvas draws their grid lines down the chart, below the axis. */
  readonly ticks: readonly AxisTick[];
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

/**
 * Small pictures drawn many times a frame (a category's mark, a count badge), each painted once into
 * a bitmap of its own at the screen's pixel density and copied where it goes, on whole device pixels:
 * a copy costs a fraction of filling and stroking a curved path, which the software rasteriser draws
 * pixel by pixel with antialiasing. A bitmap is never drawn on again once made (redrawing a source
 * the canvas has just read copies it), and the cache is emptied when it grows past `SPRITES`
 * (counts are the only open-ended key).
 */
interface Sprite {
  readonly image: CanvasImageSource;
  /** Device pixels from the sprite's left and top edges to the point it is placed by. */
  readonly dx: number;
  readonly dy: number;
}
const SPRITES = 512;
const sprites = new Map<string, Sprite>();

/**
 * The sprite for `key`, painted by `draw` (in CSS pixels, the placing point at the origin) on a
 * canvas reaching `left`, `up`, `right` and `down` CSS pixels from that point.
 */
function spriteOf(
  key: string,
  dpr: number,
  [left, up, right, down]: readonly [number, number, number, number],
  draw: (ctx: OffscreenCanvasRenderingContext2D) => void,
): Sprite {
  // (A web font that loads later draws differently: a sprite made before keeps its own key.)
  const full = `${key}|${dpr}|${globalThis.document?.fonts?.status ?? ''}`;
  let sprite = sprites.get(full);
  if (sprite) return sprite;
  const dx = Math.ceil(left * dpr);
  const dy = Math.ceil(up * dpr);
  const canvas = new OffscreenCanvas(dx + Math.ceil(right * dpr), dy + Math.ceil(down * dpr));
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, dx, dy);
  draw(ctx);
  if (sprites.size >= SPRITES) sprites.clear();
  sprite = { image: canvas.transferToImageBitmap(), dx, dy };
  sprites.set(full, sprite);
  return sprite;
}

/** Height of the density rug along each lane's foot. */
const RUG = 3;
/** The rug's four shades, lightest to darkest, as the mask's alpha. */
const RUG_ALPHA = Uint8ClampedArray.from([0.3, 0.5, 0.75, 1], (a) => Math.round(a * 255));

/**
 * One lane's row of the rug's mask: each occupied bin's alpha, in four shades on a log scale up to the
 * lane's fullest bin; time running right to left, the bins (counted left to right) go in from the
 * right. A small function of its own, not a loop inside the painter: in the painter's first call for
 * a chart the loop ran unoptimized, 1.6 to 2 ms (medians) over the bins of a 10,000-item first render;
 * a small function is optimized soon (0.2 ms).
 */
function shadeRug(pixels: Uint8ClampedArray, counts: Uint32Array, row: number, mirrored?: boolean): void {
  const bins = counts.length;
  let max = 1;
  for (let i = 0; i < bins; i++) if (counts[i]! > max) max = counts[i]!;
  const scale = (RUG_ALPHA.length - 1e-9) / Math.log(1 + max);
  for (let i = 0; i < bins; i++) {
    const count = counts[i]!;
    if (count === 0) continue;
    const at = row * bins + (mirrored ? bins - 1 - i : i);
    pixels[at * 4 + 3] = RUG_ALPHA[Math.floor(Math.log(1 + count) * scale)]!;
  }
}

/** The rug's mask per canvas: a pixel per bin, a row per lane, and its pixels, made again when either count changes. */
const rugMasks = new WeakMap<CanvasRenderingContext2D, { canvas: OffscreenCanvas; image: ImageData }>();
function rugMask(ctx: CanvasRenderingContext2D, bins: number, lanes: number) {
  let mask = rugMasks.get(ctx);
  if (!mask || mask.image.width !== bins || mask.image.height !== lanes) {
    mask = { canvas: new OffscreenCanvas(bins, lanes), image: new ImageData(bins, lanes) };
    rugMasks.set(ctx, mask);
  }
  return mask;
}

/**
 * Paints marks, labels and badges on a canvas: the renderer for tens of thousands of items. It draws
 * what the SVG renderer draws (point marks in their category's shape; span, period and hatched window
 * bars with that shape at their start; ongoing arrows, open starts, haloed labels, selection and
 * links, count badges) plus a rug along each lane's foot that shades every pixel column by how many
 * items it holds, so density stays visible where labels cannot.
 */
export function paintCanvas(ctx: CanvasRenderingContext2D, frame: CanvasFrame, dpr: number, kit: PaintKit): void {
  const { palette } = frame;
  const { metrics: METRICS, glyphRadius: GLYPH_RADIUS } = kit;
  const { top, bottom } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
  ctx.setLineDash([]);
  ctx.clearRect(0, top, frame.width, bottom - top);
  // Rows reach half a row above and below their centre; labels and badges no further.
  const reach = METRICS.rowHeight;
  const shown = (y: number) => y + reach >= top && y - reach <= bottom;
  const views = frame.views.filter((v) => shown(v.y));
  const badges = frame.badges.filter((b) => shown(b.y));

  // The axis's grid lines, down the chart below the axis (its tick marks and labels stay in the SVG):
  // tall SVG lines moved every frame cost more to draw again than all of them cost here.
  const gridTop = Math.max(top, METRICS.axisHeight);
  for (const t of bottom > gridTop ? frame.ticks : []) {
    const color = t.major ? palette.majorGrid : palette.grid;
    if (!color) continue;
    ctx.fillStyle = color;
    ctx.fillRect(t.x - 0.5, gridTop, 1, bottom - gridTop);
  }

  const bandShown = (lane: number) => {
    const band = frame.bands[lane];
    return band !== undefined && band.y <= bottom && band.y + band.height >= top;
  };
  // The rug: each occupied bin in one of four shades by count, as one pixel of a mask a bin wide per
  // lane, coloured once and drawn stretched along each lane (a few calls, where a rectangle per run
  // of one shade took over a thousand a frame).
  const bins = frame.density[0]?.length ?? 0;
  const mask = bins > 0 ? rugMask(ctx, bins, frame.density.length) : undefined;
  if (mask) {
    const { canvas: m, image } = mask;
    const pixels = image.data;
    pixels.fill(0);
    for (let lane = 0; lane < frame.density.length; lane++)
      if (bandShown(lane)) shadeRug(pixels, frame.density[lane]!, lane, frame.mirrored);
    const mctx = m.getContext('2d')!;
    mctx.putImageData(image, 0, 0);
    mctx.globalCompositeOperation = 'source-in';
    mctx.fillStyle = palette.muted;
    mctx.fillRect(0, 0, bins, frame.density.length);
    mctx.globalCompositeOperation = 'source-over';
    ctx.imageSmoothingEnabled = false;
    const x = frame.mirrored ? frame.width - bins * frame.binWidth : 0;
    frame.bands.forEach((band, lane) => {
      if (lane >= frame.density.length || !bandShown(lane)) return;
      const y = band.y + band.height - 2 - RUG - 1;
      ctx.drawImage(m, 0, lane, bins, 1, x, y, bins * frame.binWidth, RUG);
    });
    ctx.imageSmoothingEnabled = true;
  }

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

  // A sprite goes on whole device pixels, in the canvas's own pixels (it is already at their density).
  // The context stays in device pixels from one sprite to the next (runs of point marks are the
  // common case) until `css()` puts CSS pixels back for anything else.
  let device = false;
  const blit = (sprite: Sprite, x: number, y: number) => {
    if (!device) ctx.setTransform(1, 0, 0, 1, 0, 0);
    device = true;
    ctx.drawImage(sprite.image, Math.round(x * dpr) - sprite.dx, Math.round((y - top) * dpr) - sprite.dy);
  };
  const css = () => {
    if (device) ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
    device = false;
  };
  // A category's shape, filled and outlined: a plain point mark (0), or the glyph at a bar's start
  // (1). Colours come from the category, so this frame's sprites are kept per kind, shape and
  // category, found without building a key string for every item.
  const frameSprites = [new Map<Shape, Map<string, Sprite>>(), new Map<Shape, Map<string, Sprite>>()];
  const mark = (glyph: 0 | 1, v: ItemView, fill: string, stroke: string) => {
    const shapes = frameSprites[glyph]!;
    let byCategory = shapes.get(v.shape);
    if (!byCategory) shapes.set(v.shape, (byCategory = new Map()));
    let sprite = byCategory.get(v.category);
    if (sprite) return sprite;
    const [r, width] = glyph ? [GLYPH_RADIUS, 1] : [h / 2, 1.5];
    // Shapes reach up to 1.35 r from their centre (a triangle's apex), and a mitred outline up to
    // its width past a 60-degree corner; a pixel more for antialiasing.
    const reach = 1.35 * r + width + 1;
    sprite = spriteOf(`${v.shape} ${r} ${fill} ${stroke} ${width}`, dpr, [reach, reach, reach, reach], (c) => {
      const path = shapeAt(kit, v.shape, r);
      c.fillStyle = fill;
      c.strokeStyle = stroke;
      c.lineWidth = width;
      c.fill(path);
      c.stroke(path);
    });
    byCategory.set(v.category, sprite);
    return sprite;
  };

  for (const v of views) {
    const { placed: p, span, y } = v;
    const color = palette.category[v.category] ?? palette.fg;
    const edge = palette.edge?.[v.category] ?? color;
    const top = y - h / 2;
    // Where time starts and ends on screen, and which way it runs (right to left when mirrored).
    const [start, end, dir] = v.mirrored ? [p.x1, p.x0, -1] : [p.x0, p.x1, 1];
    const marked = v.selected || v.related;
    // Most items are plain point marks or bars, drawn in sprites and rectangles: the context's
    // transform and line state change only for the rest.
    if (p.point && span.kind !== 'window' && !marked) {
      blit(mark(0, v, color, edge), (p.x0 + p.x1) / 2, y);
    } else if (span.kind !== 'window' && !marked) {
      // A plain bar: rectangles, a light fill and its outline (the SVG renderer rounds its corners by
      // 2 px, too little to see at this size, and far dearer to draw as a curved path).
      css();
      const w = Math.max(p.x1 - p.x0, 1);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = edge;
      ctx.fillStyle = color;
      ctx.globalAlpha = span.kind === 'period' ? 0.5 : 0.28;
      ctx.fillRect(p.x0, top, w, h);
      ctx.globalAlpha = 1;
      ctx.strokeRect(p.x0, top, w, h);
      blit(mark(1, v, edge, palette.bg), v.glyphX ?? start, y);
    } else {
      css();
      ctx.lineWidth = marked ? 2.5 : 1.5;
      ctx.strokeStyle = marked ? palette.selected : edge;
      ctx.fillStyle = color;
      ctx.setLineDash(v.related ? [3, 2] : []);
      if (p.point && span.kind !== 'window') {
        const cx = (p.x0 + p.x1) / 2;
        const shape = shapeAt(kit, v.shape, h / 2);
        ctx.translate(cx, y);
        ctx.fill(shape);
        ctx.stroke(shape);
        ctx.setLineDash([]);
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
    }
    if (!span.ongoing && !span.openStart) continue;
    css();
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
  css();
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

  // The focused item's ring, here rather than on its DOM button, which catches up only once the view
  // rests; where the button's ring is (see ringBox).
  const focused = frame.focusedId ? views.find((v) => v.placed.id === frame.focusedId) : undefined;
  if (focused) {
    ctx.beginPath();
    ctx.roundRect(...kit.ringBox(focused), 3);
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  // Count badges: a pill with the count in the background colour, each a sprite of its count; the
  // rare badges linked to the selection are drawn after, outlined, and the focused one gets a ring.
  const bw = frame.badgeWidth;
  const countFont = `700 11px ${frame.font.replace(/^\S+\s+/, '')}`;
  const pill = (path: CanvasPath, { badge, y }: BadgeView) => path.roundRect(badge.x, y - 9, bw, 18, 9);
  const count = (
    c: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
    text: string,
    x: number,
    y: number,
  ) => {
    c.font = countFont;
    c.textAlign = 'center';
    c.textBaseline = 'alphabetic';
    c.fillStyle = palette.bg;
    c.fillText(text, x, y + 4);
  };
  const linked = new Path2D();
  // This frame's pill sprites by count: hundreds of badges share a few dozen counts, and each key
  // string is made once rather than once a badge.
  const pills = new Map<number, Sprite>();
  for (const b of badges) {
    if (b.related) {
      pill(linked, b);
      continue;
    }
    const n = b.badge.ids.length;
    let sprite = pills.get(n);
    if (!sprite) {
      const text = `+${n}`;
      sprite = spriteOf(
        `pill ${text} ${bw} ${palette.fg} ${palette.bg} ${countFont}`,
        dpr,
        [1, 10, bw + 1, 10],
        (c) => {
          c.beginPath();
          c.roundRect(0, -9, bw, 18, 9);
          c.fillStyle = palette.fg;
          c.fill();
          count(c, text, bw / 2, 0);
        },
      );
      pills.set(n, sprite);
    }
    blit(sprite, b.badge.x, b.y);
  }
  css();
  ctx.fillStyle = palette.muted;
  ctx.fill(linked);
  ctx.strokeStyle = palette.selected;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([3, 2]);
  ctx.stroke(linked);
  ctx.setLineDash([]);
  for (const b of badges) if (b.related) count(ctx, `+${b.badge.ids.length}`, b.badge.x + bw / 2, b.y);
  const active = frame.badges[frame.activeBadge];
  if (active) {
    ctx.beginPath();
    pill(ctx, active);
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
}

const SVG = 'http://www.w3.org/2000/svg';
/** Each container's buttons by key, and the list `syncShells` last made them from. */
const buttonsOf = new WeakMap<Element, { list: readonly unknown[]; byKey: Map<string, SVGGElement> }>();

/** Sets an attribute when it differs, or removes it for `undefined`. */
function attr(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Makes `container`'s children one button per entry of `list`, in its order: each found again by its
 * key (so the focused one stays itself), else made, then written by `write`; the rest removed. Items
 * and badges keep their relative order from frame to frame (time order, lane order), so a button kept
 * is not moved (a moved node loses focus): new ones go in between. The same list again changes nothing.
 */
function syncButtons<T>(
  container: Element,
  list: readonly T[],
  key: (v: T) => string,
  made: Record<string, string>,
  write: (g: SVGGElement, v: T, i: number) => void,
): void {
  const last = buttonsOf.get(container);
  if (last?.list === list) return;
  const old = last?.byKey ?? new Map<string, SVGGElement>();
  const now = new Map<string, SVGGElement>();
  // New buttons are copies of one made with the attributes most have (a copy costs less than setting them).
  let proto: SVGGElement | undefined;
  const nodes = list.map((v, i) => {
    const k = key(v);
    let g = old.get(k);
    if (!g) {
      if (!proto) {
        proto = document.createElementNS(SVG, 'g');
        for (const name in made) proto.setAttribute(name, made[name]!);
      }
      g = proto.cloneNode() as SVGGElement;
    }
    now.set(k, g);
    write(g, v, i);
    return g;
  });
  buttonsOf.set(container, { list, byKey: now });
  for (const [k, g] of old) if (!now.has(k)) g.remove();
  // (The first frame's hundreds of buttons go in at once.)
  if (!container.firstChild) return container.append(...nodes);
  let at: ChildNode | null = container.firstChild;
  for (const g of nodes) {
    if (g === at) at = at.nextSibling;
    else container.insertBefore(g, at);
  }
}

/**
 * Canvas mode's DOM: a named button per placed item and per badge (the canvas draws them), which keyboard
 * focus, screen readers and `::part` reach, with the parts, classes, state and names the SVG templates
 * give theirs (see `itemGroup` and `badgeTemplate`) but nothing drawn, so no colour and no list of a
 * badge's ids: the tab stop keeps an unseen focus ring that gives it bounds (for screen magnifiers
 * that follow focus). Made here rather than by templates: the about 500 buttons of a first render of
 * 10,000 items took templates 10 to 11 ms (3 of them writing the badges' id lists), and take this 3
 * to 5.
 */
export function syncShells(
  root: ParentNode,
  { views, badges: badgeViews }: { views: readonly ItemView[]; badges: readonly BadgeView[] },
  t: Translate,
  kit: PaintKit,
): void {
  const [items, badges] = root.querySelectorAll('g.items, g.badges');
  if (!items || !badges) return;
  syncButtons(
    items,
    views,
    (v) => v.placed.id,
    { role: 'button', part: 'event', class: 'item shell', tabindex: '-1', 'aria-pressed': 'false' },
    (g, v) => {
      attr(g, 'part', kit.itemPart(v));
      attr(g, 'class', `${kit.itemClass(v)} shell`);
      attr(g, 'data-id', v.placed.id);
      attr(g, 'tabindex', v.focusable ? '0' : '-1');
      attr(g, 'aria-label', v.ariaLabel);
      attr(g, 'aria-pressed', `${v.selected}`);
      let ring = g.firstElementChild;
      if (!v.focusable) return ring?.remove();
      if (!ring) {
        ring = g.appendChild(document.createElementNS(SVG, 'rect'));
        ring.setAttribute('class', 'focus-ring');
        ring.setAttribute('rx', '3');
      }
      const box = kit.ringBox(v);
      ['x', 'y', 'width', 'height'].forEach((name, i) => attr(ring, name, `${box[i]}`));
    },
  );
  // Badges of one count say the same: each name is made once (hundreds of badges share a few dozen counts).
  const said = new Map<number, string>();
  syncButtons(
    badges,
    badgeViews,
    ({ badge }) => kit.badgeKey(badge),
    { role: 'button', part: 'cluster', class: 'badge', tabindex: '-1' },
    (g, { badge, related }, i) => {
      const count = badge.ids.length;
      let label = said.get(count);
      if (label === undefined) said.set(count, (label = kit.badgeLabel(count, t)));
      attr(g, 'part', related ? 'cluster cluster-related' : 'cluster');
      attr(g, 'class', related ? 'badge related' : 'badge');
      attr(g, 'data-badge', `${i}`);
      attr(g, 'aria-label', label);
    },
  );
}

/**
 * What a pointer can hit on the canvas: each item's mark and label together, then each badge (listed
 * after the items, as they are drawn, so a badge wins where they touch).
 */
export function hitBoxes(
  views: readonly ItemView[],
  badges: readonly BadgeView[],
  badgeWidth: number,
  kit: PaintKit,
): HitBox[] {
  const half = kit.metrics.rowHeight / 2;
  return [
    ...views.map((v) => ({ key: v.placed.id, ...kit.itemExtent(v), y0: v.y - half, y1: v.y + half })),
    ...badges.map(({ badge, y }, i) => ({ key: `#${i}`, x0: badge.x, x1: badge.x + badgeWidth, y0: y - 9, y1: y + 9 })),
  ];
}
