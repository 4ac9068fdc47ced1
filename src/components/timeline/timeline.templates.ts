import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { AxisSegment } from '../../core/axis.js';
import type { AxisTick } from '../../core/scale.js';
import { formatUtc, type DateNames } from '../../core/format.js';
import { translator, type Translate } from '../../i18n/words.js';

const english = translator(undefined, 'en');
import type { Badge, PlacedItem } from '../../core/layout.js';
import type { TimeSpan } from '../../core/dates.js';
import { shapePath, type Shape } from '../../core/shapes.js';

/** Vertical metrics of the drawing, in pixels. */
export const METRICS = {
  axisHeight: 26,
  laneHeader: 18,
  rowHeight: 22,
  lanePadding: 6,
  markHeight: 10,
} as const;

export interface LaneBand {
  readonly key: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

export function axisTemplate(ticks: readonly AxisTick[], height: number): SVGTemplateResult {
  const top = METRICS.axisHeight - 6;
  const baseline = METRICS.axisHeight - 10;
  return svg`<g part="axis" class="axis" aria-hidden="true">
    ${ticks.map((t) => {
      const dx = t.anchor === 'end' ? -3 : 3;
      return svg`<g class=${t.major ? 'tick major' : 'tick'} transform="translate(${t.x},0)">
        <line y1=${top} y2=${height}></line>
        <text part="tick-label" x=${dx} y=${baseline} text-anchor=${t.anchor}>${t.label}</text>
      </g>`;
    })}
  </g>`;
}

export function lanesTemplate(lanes: readonly LaneBand[], width: number): SVGTemplateResult {
  return svg`<g aria-hidden="true">
    ${lanes.map((l) => svg`<rect part="lane" class="lane-bg" x="0" y=${l.y} width=${width} height=${l.height - 2}></rect>`)}
  </g>`;
}

/** Lane names, drawn above the break bands so they stay legible: at the start of time's side. */
export function laneLabelsTemplate(lanes: readonly LaneBand[], width: number, mirrored = false): SVGTemplateResult {
  const x = mirrored ? width - 6 : 6;
  const anchor = mirrored ? 'end' : nothing;
  return svg`<g aria-hidden="true">
    ${lanes.map((l) => svg`<text part="lane-label" class="lane-label" x=${x} y=${l.y + 13} text-anchor=${anchor}>${l.label}</text>`)}
  </g>`;
}

export interface ItemView {
  readonly placed: PlacedItem;
  readonly span: TimeSpan;
  readonly y: number;
  readonly color: string;
  readonly category: string;
  /** The category's shape: the mark of a point, and a glyph at the start of a bar. */
  readonly shape: Shape;
  readonly label: string;
  readonly labelWidth: number;
  readonly ariaLabel: string;
  readonly selected: boolean;
  /** Linked to the selected item (disputes it, supports it, or is disputed or supported by it). */
  readonly related: boolean;
  readonly disputed: boolean;
  readonly focusable: boolean;
  /**
   * Time runs right to left: `placed` is already mirrored, and what points along time (the ongoing
   * arrow, an open start, the glyph at a bar's start) turns round.
   */
  readonly mirrored?: boolean;
  /**
   * Where a bar's category glyph goes: its start in time, or just inside the view when that start is
   * off screen, so a long bar still shows its shape.
   */
  readonly glyphX?: number;
  /** The chart's width: the focus ring stays inside it (an item at the view's edge is cut, its ring not). */
  readonly chartWidth?: number;
}

/** Radius of the category glyph at the start of a bar. */
export const GLYPH_RADIUS = 4;

function markTemplate(v: ItemView): SVGTemplateResult {
  const { placed: p, span, y } = v;
  const h = METRICS.markHeight;
  const top = y - h / 2;
  // Where time starts and ends on screen, and which way it runs.
  const [start, end, dir] = v.mirrored ? [p.x1, p.x0, -1] : [p.x0, p.x1, 1];
  const ongoing = span.ongoing
    ? svg`<path class="ongoing" d="M${end},${top - 2} l${7 * dir},${h / 2 + 2} l${-7 * dir},${h / 2 + 2} z"></path>`
    : null;
  if (p.point && span.kind !== 'window') {
    return svg`<path class="mark point" d=${shapePath(v.shape, (p.x0 + p.x1) / 2, y, h / 2)}></path>${ongoing}`;
  }
  const cls = span.kind === 'period' ? 'period' : span.kind === 'window' ? 'window' : 'date-span';
  const width = Math.max(p.x1 - p.x0, 1);
  return svg`<rect class="mark ${cls}" x=${p.x0} y=${top} width=${width} height=${h} rx="2"></rect>
    <path class="glyph" d=${shapePath(v.shape, v.glyphX ?? start, y, GLYPH_RADIUS)}></path>
    ${ongoing}
    ${span.openStart ? svg`<line class="open-start" x1=${start - 18 * dir} x2=${start} y1=${y} y2=${y}></line>` : null}`;
}

/** Left and right of an item's mark and label together: what the pointer hits and the focus ring rounds. */
export function itemExtent({ placed: p, labelWidth }: ItemView): { x0: number; x1: number } {
  return { x0: Math.min(p.x0, p.labelX), x1: Math.max(p.x1, p.labelX + labelWidth) };
}

/**
 * A label inside a hatched window sits on a plate of the background colour (as the canvas draws every
 * label): the window's dashed edges and hatching would otherwise run through and between its words.
 */
function plate({ placed: p, span, y, labelWidth }: ItemView) {
  return p.labelSide === 'inside' && span.kind === 'window'
    ? svg`<rect class="label-plate" x=${p.labelX - 2} y=${y - 8} width=${labelWidth + 4} height="16" rx="2"></rect>`
    : nothing;
}

/**
 * An item's focus ring: round its mark and label, kept inside the chart (an item at the view's edge is
 * cut, its ring not), as `[x, y, width, height]`.
 */
export function ringBox(v: ItemView): [number, number, number, number] {
  const { x0, x1 } = itemExtent(v);
  const x = Math.max(x0 - 3, 1);
  const width = Math.min(x1 + 3, (v.chartWidth ?? Infinity) - 1) - x;
  return [x, v.y - METRICS.rowHeight / 2, Math.max(width, 0), METRICS.rowHeight];
}

/** An item's group: its focus ring, mark and label. */
export function itemTemplate(v: ItemView): SVGTemplateResult {
  const { placed: p, y } = v;
  const [x, top, width, height] = ringBox(v);
  return itemGroup(
    p.id,
    v,
    svg`<rect class="focus-ring" x=${x} y=${top} width=${width} height=${height} rx="3"></rect>${markTemplate(v)}${plate(v)}<text part="event-label" class="label ${p.labelSide} ${v.span.kind}" x=${p.labelX} y=${y + 4}>${v.label}</text>`,
  );
}

/** What an item's button says of it in either layout: its colour, its name and its state. */
export type ItemState = Pick<ItemView, 'color' | 'ariaLabel' | 'selected' | 'related' | 'disputed' | 'focusable'>;

/**
 * An item's group in either layout: a named button (one of them the chart's tab stop), styled and
 * exposed as `::part`s by its state, around what draws it.
 */
export function itemGroup(id: string, v: ItemState, content: unknown): SVGTemplateResult {
  return svg`<g
    part=${itemPart(v)}
    class=${itemClass(v)}
    .style=${`--_c:${v.color}`}
    data-id=${id}
    role="button"
    tabindex=${v.focusable ? 0 : -1}
    aria-label=${v.ariaLabel}
    aria-pressed=${v.selected ? 'true' : 'false'}
  >${content}</g>`;
}

/**
 * An SVG badge lists the ids it holds in `data-ids` up to this many (for scripts and tests). A canvas
 * chart's badges do not: its hundreds of lists cost 3 ms of a first render of 10,000 items.
 */
export const MAX_LISTED_IDS = 50;

/** An item's parts and classes, by its state. */
export const itemPart = (v: ItemState) =>
  v.selected ? 'event event-selected' : v.related ? 'event event-related' : 'event';
export const itemClass = (v: ItemState) =>
  classes({ item: true, selected: v.selected, related: v.related, disputed: v.disputed });

/** A badge's key among the badges of a frame: its lane and first item. */
export const badgeKey = (b: Badge) => `${b.lane} ${b.ids[0]}`;

/** A badge's accessible name: how many items it holds, and what activating it does. */
export const badgeLabel = (count: number, t: Translate = english) =>
  t(
    count === 1 ? '{n} more item here: zoom in to show it' : '{n} more items here: zoom in to show them',
    { n: count },
    count,
  );

/**
 * `index`: the badge's place in the layout's badges. `related`: it holds the selected item or one
 * linked to it. A badge is not a tab stop (the chart is one, however many badges it shows): the arrow
 * keys reach each item inside it, opening its lane, and a pointer or screen reader activates the
 * badge itself.
 */
export function badgeTemplate(
  b: Badge,
  index: number,
  y: number,
  width: number,
  related = false,
  t: Translate = english,
): SVGTemplateResult {
  const count = b.ids.length;
  return svg`<g
    part=${related ? 'cluster cluster-related' : 'cluster'}
    class=${related ? 'badge related' : 'badge'}
    role="button"
    tabindex="-1"
    data-badge=${index}
    data-ids=${b.ids.length <= MAX_LISTED_IDS ? b.ids.join(' ') : nothing}
    aria-label=${badgeLabel(count, t)}
  ><rect x=${b.x} y=${y - 9} width=${width} height="18" rx="9"></rect>
    <text x=${b.x + width / 2} y=${y + 4} text-anchor="middle">+${count}</text></g>`;
}

/** Each compressed gap: a light band through the lanes and a zigzag break on the axis. */
export function breaksTemplate(
  gaps: readonly AxisSegment[],
  height: number,
  t: Translate = english,
  names?: DateNames,
): SVGTemplateResult {
  const day = (ms: number) => formatUtc(ms, 'd MMM yyyy', names);
  return svg`<g class="breaks">
    ${gaps.map((g) => {
      const mid = (g.x0 + g.x1) / 2;
      const y = METRICS.axisHeight - 6;
      return svg`<g part="axis-break" class="axis-break">
        <title>${t('{a} to {b}, compressed: nothing starts or ends here', { a: day(g.t0), b: day(g.t1) })}</title>
        <rect class="break-band" x=${g.x0} y=${y} width=${Math.max(g.x1 - g.x0, 0)} height=${Math.max(height - y, 0)}></rect>
                <path class="break-mark" d="M${mid - 5},${y + 1} l3,-4 l4,8 l3,-4"></path>
      </g>`;
    })}
  </g>`;
}

/** The names whose flag is set, space-separated (a plain attribute: no directive needed). */
function classes(flags: Record<string, boolean>): string {
  return Object.keys(flags)
    .filter((k) => flags[k])
    .join(' ');
}
