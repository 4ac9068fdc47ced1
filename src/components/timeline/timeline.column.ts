import type { SVGTemplateResult } from 'lit';
import type { AxisTick } from '../../core/scale.js';
import type { AxisSegment } from '../../core/axis.js';
import type { DateNames } from '../../core/format.js';
import type { TimeSpan } from '../../core/dates.js';
import type { TimelineLayout } from '../../core/layout.js';
import { layoutColumn, type ColumnEntry, type ColumnLayout } from '../../core/column.js';
import type { Shape } from '../../core/shapes.js';
import type { Translate } from '../../i18n/words.js';
import type { BadgeView } from './timeline.canvas.js';
import type { ItemState } from './timeline.templates.js';

/**
 * What the vertical layout uses of the element's other modules, handed in by the timeline (`useKit`)
 * rather than imported: in the embed bundle this file loads on demand, and an import of what it shares
 * with the bundle would name the bundle's file (a page that renamed it, or asks for it with a query
 * string, would load it twice or not at all).
 */
export interface ColumnKit {
  readonly svg: typeof import('lit').svg;
  readonly nothing: typeof import('lit').nothing;
  readonly repeat: typeof import('lit/directives/repeat.js').repeat;
  readonly shapePath: typeof import('../../core/shapes.js').shapePath;
  readonly DEFAULT_LAYOUT: typeof import('../../core/layout.js').DEFAULT_LAYOUT;
  readonly METRICS: typeof import('./timeline.templates.js').METRICS;
  readonly GLYPH_RADIUS: number;
  readonly itemGroup: typeof import('./timeline.templates.js').itemGroup;
  readonly badgeTemplate: typeof import('./timeline.templates.js').badgeTemplate;
  readonly breaksTemplate: typeof import('./timeline.templates.js').breaksTemplate;
}

let svg: ColumnKit['svg'];
let nothing: ColumnKit['nothing'];
let repeat: ColumnKit['repeat'];
let shapePath: ColumnKit['shapePath'];
let DEFAULT_LAYOUT: ColumnKit['DEFAULT_LAYOUT'];
let METRICS: ColumnKit['METRICS'];
let GLYPH_RADIUS: number;
let itemGroup: ColumnKit['itemGroup'];
let badgeTemplate: ColumnKit['badgeTemplate'];
let breaksTemplate: ColumnKit['breaksTemplate'];

/** Takes what this file uses of the element's other modules (call once, before anything else here). */
export function useKit(kit: ColumnKit): void {
  ({
    svg,
    nothing,
    repeat,
    shapePath,
    DEFAULT_LAYOUT,
    METRICS,
    GLYPH_RADIUS,
    itemGroup,
    badgeTemplate,
    breaksTemplate,
  } = kit);
}

/**
 * The vertical layout's drawing: time runs down, ticks in a gutter at the start of the line, each lane
 * a narrow column of marks, and the labels in one column after them, each joined to its mark by a
 * leader. Where the page runs right to left the columns are mirrored (gutter on the right, labels
 * right-aligned); time runs down either way.
 */

/** Where the columns are, across the width: computed per frame by the host. */
export interface ColumnGeometry {
  readonly width: number;
  /** The gutter's inner edge, where ticks end and their labels are anchored. */
  readonly gutter: number;
  /** Where the labels start (their end, right to left). */
  readonly labelX: number;
  /** Right to left: x is measured from the right edge, and text anchors at its end. */
  readonly mirrored: boolean;
}

export interface ColumnView extends ItemState {
  readonly id: string;
  readonly span: TimeSpan;
  /** The lane's column centre. */
  readonly x: number;
  /** The mark's top and bottom along time (a point's are equal). */
  readonly y0: number;
  readonly y1: number;
  /** The label row's centre. */
  readonly labelY: number;
  readonly label: string;
  readonly labelWidth: number;
  readonly shape: Shape;
}

/** A tick label's line height (11 px text), in pixels. */
const LINE = 12;

/** A tick label's width per character, in pixels, at the axis's 11 px (on the wide side, so none is cut). */
const TICK_CHAR_WIDTH = 6.4;

/**
 * A tick label's lines in the gutter: the whole label where it fits `room` pixels, else split before
 * its last word ("1 Dec" over "2024"), so no label runs out of the element.
 */
export function tickLines(label: string, room: number): string[] {
  if (label.length * TICK_CHAR_WIDTH <= room) return [label];
  const cut = label.lastIndexOf(' ');
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
}

/** A tick as the vertical layout draws it: its label in lines (see `tickLines`), each ready to show. */
export interface ColumnTick extends AxisTick {
  readonly lines: readonly string[];
}

/** A screen x from one measured from the start of the line (the left, or the right when mirrored). */
const at = (g: ColumnGeometry, x: number) => (g.mirrored ? g.width - x : x);

export function columnAxisTemplate(ticks: readonly ColumnTick[], g: ColumnGeometry): SVGTemplateResult {
  // Grid lines run across the lanes, not the labels (where they would read as leaders).
  const [x0, x1] = [at(g, g.gutter), at(g, g.labelX - 6)];
  const labelX = at(g, g.gutter - 6);
  const anchor = g.mirrored ? 'start' : 'end';
  return svg`<g part="axis" class="axis" aria-hidden="true">
    ${ticks.map((t) => {
      // A label hangs below its line, except one near the bottom edge ('end'): that one sits above
      // its line, so a tick at the very bottom keeps its whole label inside the chart.
      const dy = t.anchor === 'start' ? 10 : -3 - (t.lines.length - 1) * LINE;
      return svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(0,${t.x})">
        <line x1=${x0} x2=${x1}></line>
        <text part="tick-label" x=${labelX} y=${dy} text-anchor=${anchor}>${t.lines.map(
          (line, i) => svg`<tspan x=${labelX} dy=${i === 0 ? 0 : LINE}>${line}</tspan>`,
        )}</text>
      </g>`;
    })}
  </g>`;
}

function columnMark(v: ColumnView, g: ColumnGeometry): SVGTemplateResult {
  const h = METRICS.markHeight;
  const x = at(g, v.x);
  if (v.y1 - v.y0 < h && v.span.kind !== 'window') {
    const cy = (v.y0 + v.y1) / 2;
    return svg`<path class="mark point" d=${shapePath(v.shape, x, cy, h / 2)}></path>`;
  }
  const cls = v.span.kind === 'period' ? 'period' : v.span.kind === 'window' ? 'window' : 'date-span';
  const glyphY = Math.max(v.y0, Math.min(GLYPH_RADIUS + 1, v.y1));
  const end = v.y1;
  return svg`<rect class="mark ${cls}" x=${x - h / 2} y=${v.y0} width=${h} height=${v.y1 - v.y0} rx="2"></rect>
    <path class="glyph" d=${shapePath(v.shape, x, glyphY, GLYPH_RADIUS)}></path>
    ${v.span.ongoing ? svg`<path class="ongoing" d="M${x - h / 2 - 2},${end} l${h / 2 + 2},7 l${h / 2 + 2},-7 z"></path>` : null}
    ${v.span.openStart ? svg`<line class="open-start" x1=${x} x2=${x} y1=${v.y0 - 18} y2=${v.y0}></line>` : null}`;
}

/**
 * An item in the column: its mark, a leader from the mark to its label, the label, and a focus ring
 * round the label's row. A named, focusable button, like the horizontal layout's.
 */
export function columnItemTemplate(v: ColumnView, g: ColumnGeometry): SVGTemplateResult {
  const h = METRICS.markHeight;
  const row = METRICS.rowHeight;
  // The leader leaves the mark level with the label where the mark reaches it, else from the mark's end.
  const from = Math.max(v.y0, Math.min(v.labelY, v.y1));
  const x0 = at(g, v.x + h / 2 + 2);
  const x1 = at(g, g.labelX - 4);
  const ringLeft = g.mirrored ? at(g, g.labelX + v.labelWidth + 3) : g.labelX - 3;
  return itemGroup(
    v.id,
    v,
    svg`<rect class="focus-ring" x=${ringLeft} y=${v.labelY - row / 2} width=${v.labelWidth + 6} height=${row} rx="3"></rect>
    <path class="leader" d="M${x0},${from} L${x1},${v.labelY}"></path>
    ${columnMark(v, g)}
    <text part="event-label" class="label right ${v.span.kind}" x=${at(g, g.labelX)} y=${v.labelY + 4} text-anchor=${g.mirrored ? 'end' : nothing}>${v.label}</text>`,
  );
}

/** The gutter for tick labels, in pixels. */
const GUTTER = 52;
/** The width a tick label has in the gutter: one wider takes two lines (see `tickLines`). */
export const TICK_ROOM = GUTTER - 8;

/** The vertical layout of one zoom frame: where the columns are, and what goes where down them. */
export interface ColumnPlacement {
  readonly column: ColumnLayout;
  readonly geometry: ColumnGeometry;
  /** Each lane's column centre. */
  readonly laneX: readonly number[];
  /** The placement as the horizontal layout gives it (positions along time in `x0` and `x1`). */
  readonly layout: TimelineLayout;
}

/**
 * Places `entries` down a chart `width` by `height` pixels at the times `y` gives: a gutter for the
 * ticks, a narrow column per lane, then the labels, placed by `layoutColumn` (`unfolded`: the items of
 * badges opened). The placement is given as a `TimelineLayout` too, which selection, zoom keys and
 * badges share with the horizontal layout.
 */
export function placeColumn(
  entries: readonly (ColumnEntry & { readonly lane: number })[],
  laneOf: (id: string) => number,
  y: (t: number) => number,
  o: { width: number; height: number; lanes: number; unfolded: ReadonlySet<number>; mirrored: boolean },
): ColumnPlacement {
  const column = layoutColumn(entries, y, {
    height: o.height,
    rowHeight: METRICS.rowHeight,
    // How far below its mark's end a label may be pushed before it is counted in a badge.
    maxShift: 2 * METRICS.rowHeight,
    unfolded: o.unfolded,
  });
  const lanes = Math.max(o.lanes, 1);
  const laneWidth = Math.max(6, Math.min(10, Math.floor((o.width * 0.2) / lanes)));
  const laneX = Array.from({ length: o.lanes }, (_, i) => GUTTER + 4 + i * laneWidth + laneWidth / 2);
  const labelX = GUTTER + 4 + lanes * laneWidth + 10;
  const layout: TimelineLayout = {
    items: column.items.map((c) => ({
      id: c.id,
      lane: laneOf(c.id),
      row: 0,
      x0: c.y0,
      x1: c.y1,
      point: c.y1 - c.y0 < METRICS.markHeight,
      labelSide: 'right' as const,
      labelX,
    })),
    badges: column.badges.map((b) => ({ lane: -1, row: 0, x: labelX, ids: b.ids, start: b.start, end: b.end })),
    lanes: [],
  };
  return { column, geometry: { width: o.width, gutter: GUTTER, labelX, mirrored: o.mirrored }, laneX, layout };
}

/**
 * What the vertical layout draws of `column`: each item's view (`look` gives how it looks and its lane's
 * column centre) and each badge's, `related` when it counts an item related to the selection.
 */
export function columnViews(
  column: ColumnLayout,
  g: ColumnGeometry,
  layout: TimelineLayout,
  look: (id: string, lane: number) => Omit<ColumnView, 'id' | 'y0' | 'y1' | 'labelY'>,
  related: (id: string) => boolean,
): [ColumnView[], BadgeView[]] {
  return [
    column.items.map((c, i) => ({
      ...look(c.id, layout.items[i]!.lane),
      id: c.id,
      y0: c.y0,
      y1: c.y1,
      labelY: c.labelY,
    })),
    layout.badges.map((badge, i) => ({
      badge: g.mirrored ? { ...badge, x: g.width - g.labelX - DEFAULT_LAYOUT.badgeWidth } : badge,
      y: column.badges[i]!.y,
      related: badge.ids.some(related),
    })),
  ];
}

/** The vertical layout's chart: time runs down, lanes are columns of marks, labels beside them. */
export function columnChart(
  g: ColumnGeometry,
  ticks: readonly ColumnTick[],
  breaks: readonly AxisSegment[],
  views: readonly ColumnView[],
  badges: readonly BadgeView[],
  t: Translate,
  dateNames?: DateNames,
): SVGTemplateResult {
  return svg`<g transform=${g.mirrored ? `matrix(0,1,-1,0,${g.width},0)` : 'matrix(0,1,1,0,0,0)'}>
      ${breaksTemplate(breaks, g.width, t, dateNames)}
    </g>
    ${columnAxisTemplate(ticks, g)}
    <g class="items">
      ${repeat(
        views,
        (v) => v.id,
        (v) => columnItemTemplate(v, g),
      )}
    </g>
    <g class="badges">
      ${repeat(
        badges,
        (v) => `${v.badge.ids[0]}`,
        (v, i) => badgeTemplate(v.badge, i, v.y, DEFAULT_LAYOUT.badgeWidth, v.related, t),
      )}
    </g>`;
}
