import { namedList } from '../../data/sound.js';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { ResizeController } from '../../controllers/resize.js';
import { ZoomController } from '../../controllers/zoom.js';
import type { ShownController } from '../../controllers/shown.js';
import { categoryColor } from '../../core/categories.js';
import { CATEGORY_SHAPES, shapePath } from '../../core/shapes.js';
import { calendarEnd, calendarStart, parseCalendarDate, spanOf, spansOf, type TimeSpan } from '../../core/dates.js';
import { formatUtc } from '../../core/format.js';
import { assignLanes, type GroupBy, type Lane } from '../../core/lanes.js';
import { indexRelations, type RelationIndex } from '../../core/relations.js';
import {
  DEFAULT_LAYOUT,
  layoutTimeline,
  spanOrder,
  indexEntries,
  type Badge,
  type LayoutEntry,
  type LayoutIndex,
  type PlacedItem,
  type TimelineLayout,
} from '../../core/layout.js';
import {
  axisInvert,
  axisMaxZoom,
  axisX,
  compressedAxis,
  linearAxis,
  segmentedTicks,
  visibleSegments,
  type AxisSegment,
  type TimeAxis,
} from '../../core/axis.js';
import { niceDomain, type AxisTick } from '../../core/scale.js';
import type { HitBox } from '../../core/hit.js';
import type { ColumnLayout } from '../../core/column.js';
import { LocaleData } from '../locale.js';
import { isRtl } from '../language.js';
import { CATEGORIES, type Actor, type ChronicleEvent } from '../../data/types.js';
import { ChronicleRangeChangeEvent } from '../../events/range-change.js';
import { ChronicleSelectEvent } from '../../events/select.js';
import { ChronicleFilterChangeEvent } from '../../events/filter-change.js';
import { filterEvents, sameFilter, type ChronicleFilter } from '../../core/filter.js';
import { post } from '../../link/channel.js';
import { timelineStyles } from './timeline.styles.js';
import { roveFocus, takeStop } from '../roving.js';
import { dataStateStyles } from '../shared.styles.js';
import { DataSourceController, dataStateTemplate, type DataState } from '../../controllers/data-source.js';
import { EventsCheckController } from '../../controllers/events-check.js';
import type { BadgeView, PaintKit, Palette } from './timeline.canvas.js';
import {
  GLYPH_RADIUS,
  METRICS,
  axisTemplate,
  badgeKey,
  badgeLabel,
  badgeTemplate,
  breaksTemplate,
  itemClass,
  itemExtent,
  itemGroup,
  itemPart,
  itemTemplate,
  laneLabelsTemplate,
  lanesTemplate,
  ringBox,
  type ItemView,
  type LaneBand,
} from './timeline.templates.js';
import type { ColumnGeometry, ColumnTick, ColumnView } from './timeline.column.js';

const BADGE_WIDTH = DEFAULT_LAYOUT.badgeWidth;

/** With `marks="auto"`, more dated items than this are drawn on a canvas. */
export const CANVAS_THRESHOLD = 500;
/** Pixels per column of the canvas renderer's density rug. */
const BIN_WIDTH = 2;
/** Canvas mode paints the on-screen stretch of the chart and this much more above and below it. */
const PAINT_MARGIN = 128;
/** The tooltip's widest, in pixels (also in the styles). */
const TOOLTIP_WIDTH = 280;
/**
 * The canvas painter, loaded when a timeline first draws on a canvas (more than 500 items): in the
 * embed bundle, a file beside it that the Syria dataset never needs. It also makes the items' and
 * badges' buttons, so should it fail to load, timelines draw in SVG.
 */
let painter: Promise<unknown> | undefined;
let painterFailed = false;
let paintCanvas: typeof import('./timeline.canvas.js').paintCanvas | undefined;
let readPalette: typeof import('./timeline.canvas.js').readPalette;
let syncShells: typeof import('./timeline.canvas.js').syncShells;
let hitBoxes: typeof import('./timeline.canvas.js').hitBoxes | undefined;
let hitTest: typeof import('./timeline.canvas.js').hitTest;
/** The tracker of a tall chart's on-screen stretch, which only the canvas needs: it loads with the painter. */
let Shown: typeof ShownController | undefined;
const loadPainter = () =>
  (painter ??= import('./timeline.canvas.js').then(
    (m) => {
      paintCanvas = m.paintCanvas;
      readPalette = m.readPalette;
      syncShells = m.syncShells;
      hitBoxes = m.hitBoxes;
      hitTest = m.hitTest;
      Shown = m.ShownController;
    },
    () => void (painterFailed = true),
  ));
const PAINT_KIT: PaintKit = {
  shapePath,
  itemExtent,
  metrics: METRICS,
  glyphRadius: GLYPH_RADIUS,
  ringBox,
  itemPart,
  itemClass,
  badgeLabel,
  badgeKey,
};
/**
 * The vertical layout's placement and drawing, loaded when a timeline first lays out vertically: in
 * the embed bundle, a file beside it. Should it fail to load, timelines stay horizontal.
 */
let columnKit: typeof import('./timeline.column.js') | undefined;
let columnFailed = false;
let columnLoading: Promise<void> | undefined;
const loadColumn = () =>
  (columnLoading ??= import('./timeline.column.js').then(
    (m) => {
      m.useKit({
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
      });
      columnKit = m;
    },
    () => void (columnFailed = true),
  ));

/** With `orientation="auto"`, a timeline narrower than this lays out vertically, time running down. */
export const VERTICAL_BELOW = 520;
/** A tick label's line (11 px text) in pixels: its extent along time in the vertical layout. */
const TICK_LINE_HEIGHT = 13;

/**
 * The longest start of `text` that fits `max` pixels with an ellipsis, cut between words so the
 * visible words stay words of the accessible name; a single over-long first word is cut inside.
 */
function truncateWords(text: string, max: number, measure: (t: string) => number): string {
  // No character is under a pixel wide: more than `max` of them never fit (a title may be a megabyte).
  const head = text.slice(0, Math.ceil(max) + 1);
  let fit = '';
  for (const word of head.split(' ')) {
    const next = fit ? `${fit} ${word}` : word;
    if (measure(`${next}…`) > max) break;
    fit = next;
  }
  if (fit) return `${fit.replace(/[\s,:;.–-]+$/, '')}…`;
  // One long first word (or a script written without spaces): the longest start that fits, found by
  // halving (measuring once per character removed took seconds for a long title).
  let [lo, hi] = [1, head.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${head.slice(0, mid)}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${head.slice(0, lo)}…`;
}

/**
 * An item as drawn: its event and span, and for a dated item its layout entry (lane, start and end),
 * one object per item. Undated items keep lane 0, start and end 0, order -1 and a null span (typed as
 * a span: what reads spans only ever reaches dated items).
 */
interface Prepared extends LayoutEntry {
  readonly event: ChronicleEvent;
  readonly span: TimeSpan;
  /** Set once, in `prepare`, before the layout index is built: the index keeps the lanes as they were then. */
  lane: number;
  /** A period: the compressed axis counts a long one by its two ends. */
  readonly period: boolean;
  /** Place in time order (`entries`): DOM and arrow-key order. -1 for undated items. */
  order: number;
}

/** A dated item: a layout entry that knows its place in time order. */
type Entry = Prepared;

/** A bar's glyph: at its start, or just inside the view's left edge when the start is off it. */
const glyphAt = (p: PlacedItem): number => Math.max(p.x0, Math.min(GLYPH_RADIUS + 1, p.x1));

/** Letters of scripts that join or reorder, whose width is not the sum of each letter's. */
const JOINED = /[\u0590-\u08ff\ufb1d-\ufeff]/;

/**
 * A text's width as the sum of its characters' (`latin` and `other` keep those measured, by UTF-16
 * code unit; `exact` measures). Scripts whose letters join (Arabic, Hebrew and their neighbours) are
 * measured whole. At module level, not made per timeline: the engine's optimized code for it then
 * outlives any one timeline, where a closure's was made again for each.
 */
function summed(text: string, latin: Float32Array, other: Map<number, number>, exact: (text: string) => number) {
  if (JOINED.test(text)) return exact(text);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code < 0xdc00;
    let cw = code < 256 ? latin[code]! : (other.get(code) ?? -1);
    if (cw < 0) {
      cw = exact(high ? text.slice(i, i + 2) : text[i]!);
      if (code < 256) latin[code] = cw;
      else other.set(code, cw);
    }
    if (high) i++;
    w += cw;
  }
  return w;
}

/** An item placed left to right, as drawn where time runs right to left across `width`. */
function mirrorPlaced(p: PlacedItem, width: number, labelWidth: number): PlacedItem {
  const side = p.labelSide === 'right' ? 'left' : p.labelSide === 'left' ? 'right' : 'inside';
  return { ...p, x0: width - p.x1, x1: width - p.x0, labelX: width - p.labelX - labelWidth, labelSide: side };
}

/** An item's words, made when first shown (formatting tens of thousands of dates up front is slow). */
interface Texts {
  readonly dateText: string;
  /** The label before any cut: the title, with "(ongoing)" and "(disputed)" when they apply. */
  readonly labelText: string;
  /** Title, date, and who disputes it: what a screen reader hears for the item. */
  readonly ariaLabel: string;
}

/** The hatching of windows ("in the last week"): dated only to a stretch of days. */
const hatchDefs = svg`<defs>
  <pattern id="chronicle-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="5" height="5" fill="currentColor" fill-opacity="0.12"></rect>
    <line x1="0" y1="0" x2="0" y2="5" stroke="currentColor" stroke-width="2" stroke-opacity="0.6"></line>
  </pattern>
</defs>`;

interface Tooltip {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly date: string;
}

/**
 * A zoomable timeline of events and periods on a UTC time axis, in lanes.
 *
 * With no `events` it shows the shipped Syria dataset, 2011 to December 2024: in Arabic under
 * `lang="ar"` (the nearest `lang`, read at each update; loaded on demand). In a right-to-left context
 * (`dir="rtl"`) time runs right to left, and the arrow keys and gestures follow. Each category has a colour
 * and a shape: a point mark takes the shape, a bar carries it at its start. Year- and
 * month-precision items span their year or month; windows ("last week") are hatched; ongoing
 * periods end in an arrow at the edge of the data; undated items are listed below the chart.
 * Items with no room for a labelled row are counted in a badge; activating a badge zooms to them.
 * Narrower than 520 px (or with `orientation="vertical"`) time runs down the screen instead: lanes
 * become narrow columns of marks and the labels a column beside them, each joined to its mark.
 *
 * @summary Draws events on a zoomable time axis, in lanes, with labels that never overlap.
 * @tag chronicle-timeline
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it the element follows the reader's system (`prefers-color-scheme`).
 * @fires {ChronicleSelectEvent} chronicle-select - An item was chosen by click, tap or keyboard, or through `select` (as linked elements do); `detail.item` is the item, or `null` when cleared.
 * @fires {ChronicleRangeChangeEvent} chronicle-range-change - The visible range settled after a zoom or pan; `detail.start` and `detail.end` in UTC milliseconds.
 * @fires {ChronicleErrorEvent} chronicle-error - The data (`events`, `src` or an inline JSON child) could not be shown, or only in part (`detail.partial`: events with problems were left out); `detail.message` says why, `detail.errors` lists each problem with its path.
 * @fires {ChronicleDataLoadEvent} chronicle-data-load - The dataset at `src` (or in an inline JSON child) was read; `detail.dataset` is it.
 * @fires {ChronicleFilterChangeEvent} chronicle-filter-change - The reader changed the filter (through `applyFilter`, as a linked legend does); `detail.filter` is the new filter.
 *
 * @csspart base - The chart's `<svg>`.
 * @csspart axis - The time axis.
 * @csspart tick-label - Each tick label on the axis.
 * @csspart lane - Each lane band.
 * @csspart lane-label - Each lane's name.
 * @csspart event - Each item's group (mark and label).
 * @csspart event-selected - The selected item's group.
 * @csspart event-related - An item linked to the selected one (it disputes or supports it, or the reverse).
 * @csspart event-label - Each item's label.
 * @csspart cluster - A badge counting items that had no room for a label; activating it zooms to them and opens the lane.
 * @csspart cluster-related - A badge holding the selected item or one linked to it.
 * @csspart axis-break - A compressed stretch of time, marked on the axis.
 * @csspart zoom-controls - The row of zoom buttons under the chart.
 * @csspart zoom-button - Each zoom button.
 * @csspart tooltip - The title and date shown for the item under the pointer or keyboard focus.
 * @csspart undated - The list of items the source gives no date for.
 * @csspart empty - The message shown when there is nothing to draw.
 * @csspart status - The message shown while the dataset at `src` loads.
 * @csspart error - The message shown when the dataset at `src` or inline cannot be loaded or read, with each problem.
 * @csspart warning - The warning shown above the data when events with problems were left out of it, with each problem.
 *
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font of every label.
 * @cssprop [--chronicle-font-size=12px] - Size of item labels.
 * @cssprop [--chronicle-background=Canvas] - Background of every chronicle element.
 * @cssprop [--chronicle-color=CanvasText] - Text colour of every chronicle element.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring colour.
 * @cssprop [--chronicle-error-color=#b00020] - Edge and tint of the error message.
 * @cssprop [--chronicle-warning-color=#b36b00] - Edge and tint of the warning about events left out.
 * @cssprop [--chronicle-timeline-background=var(--chronicle-background)] - Background of the timeline.
 * @cssprop [--chronicle-timeline-color=var(--chronicle-color)] - Text colour of the timeline.
 * @cssprop --chronicle-timeline-muted-color - Colour of axis and lane labels.
 * @cssprop --chronicle-timeline-grid-color - Colour of tick lines.
 * @cssprop --chronicle-timeline-lane-background - Fill of lane bands.
 * @cssprop [--chronicle-timeline-column-height=min(80vh, 640px)] - Height of the vertical layout's chart (time runs down it); at least 240px.
 * @cssprop [--chronicle-timeline-selected-color=var(--chronicle-timeline-color)] - Outline of the selected mark and of items linked to it.
 * @cssprop [--chronicle-tooltip-background=var(--chronicle-timeline-color)] - Tooltip background.
 * @cssprop [--chronicle-tooltip-color=var(--chronicle-timeline-background)] - Tooltip text.
 * @cssprop [--chronicle-color-armed-conflict=#D55E00] - Colour of the armed-conflict category.
 * @cssprop [--chronicle-color-foreign-forces=#0072B2] - Colour of the foreign-forces category.
 * @cssprop [--chronicle-color-diplomacy=#009E73] - Colour of the diplomacy category.
 * @cssprop [--chronicle-color-statement=#CC79A7] - Colour of the statement category.
 * @cssprop [--chronicle-color-humanitarian=#E69F00] - Colour of the humanitarian category.
 * @cssprop [--chronicle-color-political=#56B4E9] - Colour of the political category.
 * @cssprop [--chronicle-color-regional=#7A7A7A] - Colour of the regional-wars category.
 */
export class ChronicleTimeline extends LitElement {
  static override styles = [timelineStyles, dataStateStyles];

  /**
   * The items to draw. When unset: the dataset at `src`, else one in a `<script type="application/json">`
   * child, else the shipped Syria dataset.
   */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse data with any problem. By default, of data (from `events`, `src` or an inline child) in
   * which some events have problems, the sound events are shown under a warning that lists the
   * problems, and `chronicle-error` reports them with `partial: true`. With `strict`, such data is
   * not shown at all: the element shows the error instead.
   */
  @property({ type: Boolean }) strict = false;

  /**
   * URL of a dataset in the library's JSON format (`data/schema.json`), used when `events` is unset.
   * While it loads the element says so; a dataset that cannot be loaded or read is reported in the
   * element and by `chronicle-error`.
   */
  @property() src = '';

  /** Id of the selected item, or empty for none. Reflected, so CSS and other elements can follow it. */
  @property({ reflect: true, converter: { fromAttribute: (v) => v ?? '', toAttribute: (v: string) => v || null } })
  selected = '';

  /** Actor names for lanes by actor. When `events` is unset, the shipped dataset's actors. */
  @property({ attribute: false }) actors?: readonly Actor[];

  /**
   * Which items to show: `{ categories: [...] }` and `{ actors: [...] }` narrow to items with one of
   * the values; `{}` (default) shows every item. The time axis keeps the whole data's range.
   */
  @property({
    attribute: false,
    hasChanged: (a?: ChronicleFilter, b?: ChronicleFilter) => !sameFilter(a, b),
  })
  filter: ChronicleFilter = {};

  /** How items are split into lanes: `category` (default), `actor` (each item's main actor) or `none`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'category';

  /** Accessible name of the chart. */
  @property() label = 'Timeline';

  /**
   * How time maps to width. `compressed` (default) gives crowded stretches more room than their length
   * and shrinks long empty stretches to a marked break on the axis; `linear` keeps time proportional.
   */
  @property({ attribute: 'time-scale' }) timeScale: 'compressed' | 'linear' = 'compressed';

  /**
   * How marks are drawn. `svg`: every visible item is SVG (crisp, styleable per item through `::part`).
   * `canvas`: marks, labels, badges and the axis's grid lines are painted on a canvas, with a density
   * rug per lane, while each visible item keeps a focusable, named button in the DOM for the keyboard
   * and screen readers, and the pointer is hit-tested against the layout. `auto` (default): canvas
   * above 500 dated items.
   */
  @property() marks: 'auto' | 'svg' | 'canvas' = 'auto';

  /**
   * Which way time runs. `horizontal`: left to right (right to left in a right-to-left context), lanes
   * in bands. `vertical`: down the screen, each lane a narrow column of marks, labels in one column
   * beside them; for phones and narrow sidebars. `auto` (default): vertical when the element is
   * narrower than 520 px. Data, selection, zoom and keys work the same either way (in the vertical
   * layout, the up and down arrows move through time as well).
   */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** First day (or month, or year) to show: a calendar date such as `2024-11-25`. Used with `end`. */
  @property() start = '';

  /** Last day (or month, or year) to show, included: a calendar date such as `2024-12-02`. Used with `start`. */
  @property() end = '';

  /** The item under the pointer or keyboard focus, whose tooltip shows. */
  @state() private hoverId = '';

  readonly #size = new ResizeController(this);
  /** The vertical layout's chart height, which CSS sets (`--chronicle-timeline-column-height`). */
  readonly #columnSize = new ResizeController(this, () =>
    this.#vertical ? this.renderRoot.querySelector('.chart.column') : null,
  );
  /** Data from `src` or an inline JSON child, when `events` is unset. */
  readonly #data = new DataSourceController(this);
  readonly #check = new EventsCheckController(this);
  /** The element's language: its own words, and the shipped dataset in it when no other data is given. */
  readonly #locale = new LocaleData(this);

  /**
   * Text drawn in the chart, which runs left to right whatever the language: in a right-to-left
   * language each label is isolated with its own direction (U+2068 ... U+2069), so "1 ديسمبر 2024"
   * or a cut title reads in order and ends where it should.
   */
  #isolate(text: string): string {
    return this.#locale.rightToLeft ? `\u2068${text}\u2069` : text;
  }
  #dataState?: DataState;

  readonly #zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector('svg'),
    onEnd: (t) => this.#rangeSettled(t),
    mirrored: () => this.#rtl && !this.#vertical,
    vertical: () => this.#vertical,
  });
  /** Time runs down the screen (see `orientation`). */
  #vertical = false;
  /** The vertical layout's placement, columns and what it draws. */
  #column?: ColumnLayout;
  #columnGeometry?: ColumnGeometry;
  #columnLaneX: readonly number[] = [];
  #columnViews: ColumnView[] = [];
  /**
   * Time runs right to left on screen (the element is in a right-to-left context). Layout works left
   * to right throughout; what is drawn, and the zoom's gestures, are mirrored.
   */
  #rtl = false;

  /** Which stretch of a tall chart is on screen: the canvas paints only that (and a margin). */
  #shownPart?: ShownController;

  // Derived state, computed in willUpdate: from the items (prepare), from the width (labels, axis),
  // and per zoom frame (ticks, breaks, placement, views).
  #prepared: Prepared[] = [];
  #byId = new Map<string, Prepared>();
  #undated: Prepared[] = [];
  #lanes: Lane[] = [];
  #relations: RelationIndex = indexRelations([]);
  #tooltip?: Tooltip;
  #domain: [number, number] = [0, 1];
  /** Each item's label as cut for `labelsWidth`, measured when the layout first asks for it. */
  #labels = new Map<string, { text: string; width: number }>();
  #texts = new Map<string, Texts>();
  /** Layout input per dated item, in time order (start, end, then given order): DOM and arrow-key order. */
  #entries: Entry[] = [];
  /** `labelWidthOf`'s answers by time order; -1 where not yet measured. */
  #labelWidths = new Float32Array(0);
  /** `entries` sorted by lane for the layout, built once per set of items. */
  #index?: LayoutIndex;
  /** The unzoomed axis for the current width; zoom derives positions from it, never changes it. */
  #base?: TimeAxis;
  #ticks: AxisTick[] = [];
  /** `ticks` and the compressed gaps as drawn (mirrored right to left, labels isolated). */
  #drawnTicks: ColumnTick[] = [];
  #drawnBreaks: AxisSegment[] = [];
  #breaks: AxisSegment[] = [];
  #layout?: TimelineLayout;
  #views: ItemView[] = [];
  #badgeViews: BadgeView[] = [];
  /**
   * Canvas mode: the views the DOM buttons were last made from (see syncShells). While a zoom or pan
   * moves, only the canvas and the axis follow each frame; the buttons (which carry no geometry) catch
   * up when it rests, so a frame never reconciles hundreds of nodes.
   */
  #shells: { views: ItemView[]; badges: BadgeView[] } = { views: [], badges: [] };
  /** Canvas colours and font, read from the element's styles when the view rests. */
  #palette?: { palette: Palette; font: string };
  /** Marks go on a canvas (see `marks`). */
  #useCanvas = false;
  #density: Uint32Array[] = [];
  /** What the pointer can hit, in drawing order: items, then badges. */
  #hitBoxes?: HitBox[];
  /** The badge under the pointer or keyboard focus (canvas mode draws its ring), by index. */
  #activeBadge = -1;
  #bands: LaneBand[] = [];
  #chartHeight = 0;
  /** Canvas mode: the vertical stretch of the chart the canvas covers, `[top, bottom]`. */
  #paintBand: [number, number] = [0, 0];
  /** willUpdate zoomed in to reveal the focused item: updated() says the range changed. */
  #revealZoomed = false;
  #lastWidth = 0;
  /** The time axis's length in pixels: the width, or in the vertical layout the chart's height. */
  #axisLength = 0;
  /** The width the labels were measured and cut for (-1: not yet, or the items changed). */
  #labelsWidth = -1;
  /** A range asked for by `zoomTo` before the element had a width. */
  #pendingRange?: [number, number];
  /** The item the keyboard last moved to (kept while it is out of view). */
  #focusId = '';
  /** The item that carries tabindex=0 now. */
  #tabStopId = '';
  /** Move focus to `focusId` after the next render. */
  #pendingFocus = false;
  /** Focus is on the chart (so a re-render that removes the focused node should keep it there). */
  #keyboardInside = false;
  /** The node that last took focus inside the chart. */
  #focusedNode: Element | null = null;
  #visible: readonly PlacedItem[] = [];
  #layoutKey = '';
  /**
   * Lanes opened by activating a badge or reaching one of its items: every row shown until reset. In
   * the vertical layout, the opened badges' items, by time order: their labels go as far as they need.
   */
  #expanded = new Set<number>();
  /** Measures label text in the element's font (set up on first use, reset when the items change). */
  #measure?: (text: string) => number;

  /** The items shown: `events`, or the shipped dataset's. */
  get items(): readonly ChronicleEvent[] {
    return this.#check.events ?? this.#data.dataset?.events ?? (this.#data.active ? [] : this.#locale.dataset.events);
  }

  /** The actors items refer to: `actors`, else those of the dataset the items come from. */
  get actorList(): readonly Actor[] {
    return (
      namedList<Actor>(this.actors) ??
      (this.events ? [] : (this.#data.dataset?.actors ?? (this.#data.active ? [] : this.#locale.dataset.actors)))
    );
  }

  /** The whole data's time range in UTC milliseconds, `[start, end]`: what `resetZoom` shows. */
  get fullRange(): [number, number] {
    return [...this.#domain];
  }

  /** The visible range in UTC milliseconds, `[start, end]`. */
  get visibleRange(): [number, number] {
    if (!this.#base) return this.#pendingRange ?? [...this.#domain];
    return this.#rangeOf(this.#zoom.transform, this.#base, this.#axisLength);
  }

  /**
   * Zooms to show `[start, end]` (UTC milliseconds), within the zoom limits; with `animate`, eases
   * there unless the reader prefers reduced motion.
   */
  zoomTo(start: number, end: number, { animate = false } = {}): void {
    // Not a range of instants (NaN, a string): nothing to zoom to.
    if (!Number.isFinite(start) || !Number.isFinite(end) || start === end) return;
    if (!this.#base) {
      this.#pendingRange = [start, end];
      return;
    }
    this.#zoom.set(this.#transformFor(start, end, this.#base, this.#axisLength), animate);
  }

  /** Shows the whole domain again, with every lane back to its compact height. */
  resetZoom({ animate = false } = {}): void {
    this.#expanded = new Set();
    this.#zoom.set(zoomIdentity, animate);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#zoomButtonFocused = !!this.shadowRoot?.activeElement?.matches('[part="zoom-button"]');
    this.#data.setSrc(this.events == null ? this.src : '');
    // Right to left from here on: the same view, mirrored (the zoom's screen transform flips).
    const rtl = isRtl(this);
    if (rtl !== this.#rtl) {
      const keep = this.#zoom.transform;
      this.#rtl = rtl;
      this.#zoom.reset(keep);
      this.#layoutKey = '';
    }
    const dataChanged = this.#data.state !== this.#dataState;
    this.#dataState = this.#data.state;
    if (changed.has('filter') && this.#base && !changed.has('events')) {
      // A new filter keeps the reader's view (the axis is rebuilt for the items it shows).
      this.#pendingRange = this.visibleRange;
    }
    // Another language, or its words or dataset arriving: the words made for the old one go, and the
    // shipped dataset (when it is the one shown) is prepared again, keeping the reader's view.
    const localeChanged = this.#locale.refresh();
    const shippedChanged =
      localeChanged && this.#locale.datasetChanged && !this.events && !this.#data.dataset && !this.#data.active;
    if (localeChanged) {
      this.#texts.clear();
      this.#labelsWidth = -1;
      this.#layoutKey = '';
    }
    if (shippedChanged && this.#base && !changed.has('events')) this.#pendingRange ??= this.visibleRange;
    const expanded = this.#expanded;
    const itemsChanged =
      shippedChanged ||
      changed.has('events') ||
      changed.has('strict') ||
      (dataChanged && !this.events) ||
      changed.has('filter') ||
      changed.has('groupBy') ||
      changed.has('actors') ||
      this.#entries.length + this.#undated.length === 0;
    if (itemsChanged) {
      this.#prepare();
      // The same items in other words: lanes the reader opened stay open.
      if (shippedChanged && !changed.has('events') && !changed.has('filter') && !changed.has('groupBy'))
        this.#expanded = expanded;
    }
    // Narrow, or asked for: time runs down the screen, keeping the reader's range.
    const measured = this.#size.width;
    const vertical =
      !columnFailed &&
      (this.orientation === 'vertical' ||
        (this.orientation !== 'horizontal' && (measured === 0 ? this.#vertical : measured < VERTICAL_BELOW)));
    if (vertical !== this.#vertical) {
      if (this.#base && this.#axisLength > 0 && !itemsChanged) this.#pendingRange ??= this.visibleRange;
      this.#vertical = vertical;
      this.#base = undefined;
      this.#axisLength = 0;
      this.#column = undefined;
      this.#expanded = new Set();
      this.#labelsWidth = -1;
      this.#layoutKey = '';
    }
    // The vertical layout draws only the rows it labels (a screenful), so it stays SVG.
    const useCanvas =
      !vertical &&
      !painterFailed &&
      (this.marks === 'canvas' || (this.marks === 'auto' && this.#entries.length > CANVAS_THRESHOLD));
    if (useCanvas !== this.#useCanvas) {
      this.#useCanvas = useCanvas;
      this.#layoutKey = '';
      this.#labelsWidth = -1;
    }
    if (changed.has('start') || changed.has('end')) {
      // Both set: show that range. Both removed (not merely never set): show everything again.
      const removed = !this.start && !this.end && (changed.get('start') || changed.get('end'));
      const asked = this.#attributeRange() ?? (removed ? ([...this.#domain] as [number, number]) : undefined);
      if (asked && this.#base) {
        this.#zoom.reset(this.#transformFor(asked[0], asked[1], this.#base, this.#axisLength));
        void this.updateComplete.then(() => this.#rangeSettled(this.#zoom.transform));
      } else if (asked) this.#pendingRange = asked;
    }
    const width = this.#size.width;
    // Hidden (no width yet, or a display:none parent): keep what was laid out for the last real width.
    if (width === 0 || this.#prepared.length === 0) return;
    if (vertical && !columnKit) {
      void loadColumn().then(() => this.requestUpdate());
      return;
    }
    if (width !== this.#labelsWidth) {
      this.#labels.clear();
      this.#labelWidths = new Float32Array(this.#entries.length).fill(-1);
      this.#measure = undefined;
      this.#labelsWidth = width;
    }
    // The time axis runs along the width, or down the vertical layout's chart once it has a height.
    const length = vertical ? this.#columnSize.height : width;
    this.#lastWidth = width;
    if (length === 0) return;
    if (length !== this.#axisLength || !this.#base || changed.has('timeScale')) {
      // Keep the visible time range across resizes and axis changes (not the pixel transform: a
      // compressed axis does not scale in proportion to the width).
      const keep = this.#base && this.#axisLength > 0 && !itemsChanged ? this.visibleRange : this.#pendingRange;
      this.#base = this.#buildAxis(length);
      this.#axisLength = length;
      this.#pendingRange = undefined;
      this.#zoom.configure(width, vertical ? length : this.#chartHeight, axisMaxZoom(this.#base, length));
      this.#zoom.reset(keep ? this.#transformFor(keep[0], keep[1], this.#base, length) : zoomIdentity);
    }
    // Placement depends on the items, the size, the zoom and the opened lanes, not on hover or
    // selection: those only change the views.
    const layoutKey = () => {
      const t = this.#zoom.transform;
      return `${t.k}|${t.x}|${width}|${length}|${vertical}|${[...this.#expanded].join()}`;
    };
    if (itemsChanged || layoutKey() !== this.#layoutKey || changed.has('timeScale')) {
      this.#layoutKey = layoutKey();
      this.#placeFrame(width, length);
    }
    const entry = this.#pendingFocus && this.#entries[this.#orderOf(this.#focusId)];
    const placed = () => !entry || this.#layout!.items.some((p) => p.id === entry.id);
    if (entry && !placed()) {
      // Keyboard focus on an item inside a badge: open its lane, or in the vertical layout its badge,
      // so it gets a row of its own.
      if (!this.#expanded.has(vertical ? entry.order : entry.lane)) {
        this.#open(this.#layout!.badges.find((b) => b.ids.includes(entry.id)));
        this.#layoutKey = layoutKey();
        this.#placeFrame(width, length);
      }
      // No row left for it in the vertical layout (its badge opened now, or before at another zoom):
      // zoom in around it until there is.
      for (let t = this.#zoom.transform; vertical && !placed() && t.k < this.#zoom.maxScale; t = this.#zoom.transform) {
        // Around the item, kept in the top quarter of the view (a label stacks down from its mark, so
        // that leaves it the most rows), or brought there when it is lower or out of view.
        const k = Math.min(t.k * 2, this.#zoom.maxScale);
        const x = axisX(this.#base, entry.start);
        const seen = t.k * x + t.x;
        const at = seen >= 0 && seen <= length / 4 ? seen : length / 4;
        this.#zoom.reset(zoomIdentity.translate(at - k * x, 0).scale(k));
        this.#layoutKey = layoutKey();
        this.#placeFrame(width, length);
        this.#revealZoomed = true;
      }
    }
    // In canvas mode the buttons are made (by the painter) from the views of a frame at rest; while the
    // view moves, those made at rest stay as they are.
    const rest = !this.#zoom.moving || itemsChanged || this.#pendingFocus || this.#shells.views.length === 0;
    if (vertical) this.#buildColumnViews();
    else this.#buildViews(!this.#useCanvas || rest);
    if (this.#useCanvas && Shown)
      this.#shownPart ??= new Shown(this, {
        target: () => (this.#useCanvas ? this.renderRoot.querySelector('svg') : null),
        height: () => this.#chartHeight,
        step: PAINT_MARGIN / 2,
      });
    const [top, bottom] = this.#useCanvas && this.#shownPart ? this.#shownPart.shown : [0, Infinity];
    this.#paintBand = [
      Math.max(0, Math.min(this.#chartHeight, top - PAINT_MARGIN)),
      Math.max(0, Math.min(this.#chartHeight, bottom + PAINT_MARGIN)),
    ];
    if (rest) this.#shells = { views: this.#views, badges: this.#badgeViews };
    this.#tooltip = this.#tooltipFor(this.hoverId);
  }

  protected override updated(): void {
    this.#sayAnnouncement();
    if (this.#useCanvas) this.#paint();
    // The view zoomed in to give a focused item a row: the range changed as after any zoom.
    if (this.#revealZoomed) {
      this.#revealZoomed = false;
      this.#rangeSettled(this.#zoom.transform);
    }
    // A zoom button that had focus and is now disabled ("Show everything" once everything shows)
    // hands focus to the toolbar's stop rather than dropping it.
    const focused = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (this.#zoomButtonFocused && (!focused || focused.disabled))
      this.renderRoot.querySelector<HTMLButtonElement>('[part="zoom-button"][tabindex="0"]')?.focus();
    // Linked elements (`for` this timeline) read the new state.
    post(this);
    // Keep keyboard focus on the chart when a re-render removed the focused node (a zoom culled it),
    // and move it to an item the keyboard asked for once that item is drawn.
    const item = (id: string) => this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`);
    const active = item(this.#tabStopId);
    if (this.#pendingFocus) {
      this.#pendingFocus = false;
      (item(this.#focusId) ?? active)?.focus();
    } else if (this.#keyboardInside && !(this.shadowRoot?.activeElement instanceof SVGElement)) {
      // Only when the render removed the focused node: focus the reader moved elsewhere stays there.
      if (this.#focusedNode?.isConnected) this.#keyboardInside = false;
      else (active ?? this.renderRoot.querySelector<SVGSVGElement>('svg'))?.focus();
    }
  }

  /**
   * `[start, end)` from the `start` and `end` attributes when both are calendar dates, in either
   * order, cut to the data's range; `undefined` when either is not a date or nothing is left.
   */
  #attributeRange(): [number, number] | undefined {
    if (typeof parseCalendarDate(this.start) === 'string' || typeof parseCalendarDate(this.end) === 'string')
      return undefined;
    const [a, b] = [this.start, this.end].sort((x, y) => calendarStart(x) - calendarStart(y)) as [string, string];
    const range: [number, number] = [
      Math.max(calendarStart(a), this.#domain[0]),
      Math.min(Math.max(calendarEnd(a), calendarEnd(b)), this.#domain[1]),
    ];
    return range[1] > range[0] ? range : undefined;
  }

  #tooltipFor(id: string): Tooltip | undefined {
    const placed = this.#layout?.items.find((p) => p.id === id);
    const p = this.#byId.get(id);
    if (!placed || !p) return undefined;
    // Centred over the visible part of the mark (in the vertical layout, over the label), but kept
    // whole inside the element (it is at most TOOLTIP_WIDTH wide and centred on x).
    const column = this.#vertical ? this.#column?.items.find((c) => c.id === id) : undefined;
    const w = this.#lastWidth;
    const centre = column
      ? this.#columnGeometry!.labelX + this.#labelOf(id).width / 2
      : (Math.max(placed.x0, 0) + Math.min(placed.x1, w)) / 2;
    const half = Math.min(TOOLTIP_WIDTH / 2, w / 2);
    const x = Math.max(half, Math.min(w - half, centre));
    return {
      x: this.#rtl ? w - x : x,
      y: (column ? column.labelY : this.#rowY(placed.lane, placed.row)) - METRICS.rowHeight / 2,
      title: p.event.title,
      date: this.#textsOf(p).dateText,
    };
  }

  #prepare(): void {
    const all = this.items;
    const items = filterEvents(all, this.filter);
    this.#relations = indexRelations(items);
    const prepared: Prepared[] = (this.#prepared = []);
    const undated: Prepared[] = (this.#undated = []);
    this.#texts.clear();
    const byId = (this.#byId = new Map());
    // The whole data's range, filtered or not, so a filter never moves the axis's ends.
    const { spans, start: first, end } = spansOf(all.map((e) => e.when));
    // (Loops, not callbacks: a closure made per call and run once per item runs unoptimized in each
    // new timeline's first render.)
    for (let i = 0; i < items.length; i++) {
      const event = items[i]!;
      const span = items === all ? spans[i] : spanOf(event.when, end);
      const p: Prepared = {
        event,
        span: span!,
        id: event.id,
        lane: 0,
        start: span?.start ?? 0,
        end: span?.end ?? 0,
        period: span?.kind === 'period',
        order: -1,
      };
      (span ? prepared : undated).push(p);
      byId.set(event.id, p);
    }
    const actors = this.actorList;
    const { lanes, laneIndex } = assignLanes(
      prepared.map((p) => p.event),
      this.groupBy,
      new Map(actors.map((a) => [a.id, a.name])),
    );
    this.#lanes = lanes;
    // Time order (start, end, then given order), sorting indices over typed arrays: no objects move.
    const n = prepared.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = prepared[i]!;
      starts[i] = p.start;
      ends[i] = p.end;
      p.lane = laneIndex[i]!;
    }
    const byTime = spanOrder(starts, ends);
    this.#entries = new Array<Entry>(n);
    for (let order = 0; order < n; order++) (this.#entries[order] = prepared[byTime[order]!]!).order = order;
    this.#index = indexEntries(this.#entries, lanes.length);
    // No dated item: no range (the [0, 1] that means "nothing to draw" to the parts linked here).
    this.#domain = first < Infinity ? niceDomain(first, end) : [0, 1];
    this.#base = undefined;
    this.#labelsWidth = -1;
    this.#expanded = new Set();
  }

  /** An item's place in time order (`entries`), or -1 when it has none. */
  #orderOf(id: string): number {
    return this.#byId.get(id)?.order ?? -1;
  }

  /** An item's date, label and accessible name, made once per set of items. */
  #textsOf({ event, span }: Prepared): Texts {
    let texts = this.#texts.get(event.id);
    if (!texts) {
      const t = this.#locale.t;
      const dateText = this.#locale.when(event.when);
      const disputers = (this.#relations.disputedBy.get(event.id) ?? []).map((id) => this.#byId.get(id)!.event.title);
      const labelText = this.#labelTextOf(event, span);
      const ariaLabel =
        t('{title}, {date}', { title: event.title, date: dateText }) +
        (disputers.length ? t(', disputed by: {names}', { names: disputers.join('; ') }) : '');
      texts = { dateText, labelText, ariaLabel };
      this.#texts.set(event.id, texts);
    }
    return texts;
  }

  /** The label before any cut: the title, with "(ongoing)" and "(disputed)" when they apply. */
  #labelTextOf(event: ChronicleEvent, span: TimeSpan | null): string {
    const t = this.#locale.t;
    const ongoing = span?.ongoing ? t(' (ongoing)') : '';
    return `${event.title}${ongoing}${this.#relations.disputedBy.has(event.id) ? t(' (disputed)') : ''}`;
  }

  /**
   * An item's label for the current width, measured on first use: long titles are cut at a word, with
   * an ellipsis, to fit half the width. Only items the layout may give a row are ever measured.
   */
  #labelOf(id: string): { text: string; width: number } {
    let label = this.#labels.get(id);
    if (label) return label;
    if (!this.#measure) {
      const style = getComputedStyle(this);
      const font = `${style.fontSize} ${style.fontFamily}`;
      const ctx = document.createElement('canvas').getContext('2d');
      if (ctx) ctx.font = font;
      const exact = (text: string) => (ctx ? ctx.measureText(text).width : text.length * 6.5);
      // On a canvas, the sum of each character's width (measured once), which is within a pixel or
      // two of the text's (no kerning) and far cheaper for thousands of labels; the layout's gaps
      // absorb the difference. SVG labels keep their exact width.
      // Widths by UTF-16 code unit: Latin-1 in an array, the rest in a map. A surrogate pair is
      // measured whole and keyed by its first unit (so emoji share a width).
      const latin = new Float32Array(256).fill(-1);
      const other = new Map<number, number>();
      this.#measure = this.#useCanvas ? (text) => summed(text, latin, other, exact) : exact;
    }
    const measure = this.#measure;
    const max = this.#maxLabelWidth();
    const p = this.#byId.get(id)!;
    const labelText = this.#labelTextOf(p.event, p.span);
    let text = labelText;
    // (A title far longer than any label is not measured whole.)
    let w = labelText.length > 4 * max ? Infinity : measure(text);
    if (w > max) {
      // Cut the title, never the "(disputed)" or "(ongoing)" after it.
      const suffix = labelText.slice(p.event.title.length);
      text = truncateWords(p.event.title, Math.max(max - measure(suffix), max / 3), measure) + suffix;
      w = measure(text);
    }
    label = { text, width: Math.ceil(w) };
    this.#labels.set(id, label);
    return label;
  }

  /**
   * The width of an item's label, as `labelOf` gives it, kept by time order: the layout asks for
   * thousands a frame. On a canvas, where widths are sums of character widths, a title and its suffix
   * are measured apart, and only a label too long to fit is cut (and its text kept).
   */
  #labelWidthOf(e: Entry): number {
    let w = this.#labelWidths[e.order]!;
    if (w >= 0) return w;
    const measure = this.#useCanvas && this.#measure;
    if (measure) {
      const { ongoing } = e.span;
      const disputed = this.#relations.disputedBy.has(e.id);
      const t = this.#locale.t;
      w =
        measure(e.event.title) + (ongoing ? measure(t(' (ongoing)')) : 0) + (disputed ? measure(t(' (disputed)')) : 0);
    }
    w = measure && w <= this.#maxLabelWidth() ? Math.ceil(w) : this.#labelOf(e.id).width;
    this.#labelWidths[e.order] = w;
    return w;
  }

  /** The widest a label may be before it is cut: half the width, within bounds (in the vertical layout, what the label column holds). */
  #maxLabelWidth(): number {
    if (this.#vertical && this.#columnGeometry)
      return Math.max(60, this.#labelsWidth - this.#columnGeometry.labelX - 8);
    return Math.max(60, Math.min(260, this.#labelsWidth / 2 - DEFAULT_LAYOUT.markWidth - 2 * DEFAULT_LAYOUT.gap));
  }

  /** Per zoom frame: ticks, breaks and placement, along the width or down the column. */
  #placeFrame(width: number, length: number): void {
    const t = this.#zoom.transform;
    const base = this.#base!;
    const vertical = this.#vertical;
    // Down a column a label takes its lines' height along time, whatever its length (one too wide for
    // the gutter takes two).
    const room = columnKit?.TICK_ROOM ?? 0;
    const extent = vertical
      ? (label: string) => columnKit!.tickLines(label, room).length * TICK_LINE_HEIGHT
      : undefined;
    this.#ticks = segmentedTicks(base, t, length, vertical ? 44 : 80, extent, this.#locale.dateNames);
    this.#breaks = visibleSegments(base, t, length).filter((seg) => seg.gap);
    // As drawn: mirrored where time runs right to left, labels isolated in a right-to-left language.
    const mirrored = this.#rtl && !vertical;
    const flip = mirrored ? ({ start: 'end', end: 'start' } as const) : ({ start: 'start', end: 'end' } as const);
    this.#drawnTicks = this.#ticks.map((tick) => ({
      ...tick,
      x: mirrored ? width - tick.x : tick.x,
      anchor: flip[tick.anchor],
      label: this.#isolate(tick.label),
      lines: vertical ? columnKit!.tickLines(tick.label, room).map((line) => this.#isolate(line)) : [],
    }));
    this.#drawnBreaks = mirrored
      ? this.#breaks.map((g) => ({ ...g, x0: width - g.x1, x1: width - g.x0 }))
      : this.#breaks;
    if (vertical) this.#placeColumn(width, length);
    else this.#placeItems(width);
  }

  /** The vertical layout, per zoom frame (see `placeColumn`). */
  #placeColumn(width: number, length: number): void {
    const base = this.#base!;
    const { k, x: tx } = this.#zoom.transform;
    const placed = columnKit!.placeColumn(
      this.#entries,
      (id) => this.#entries[this.#orderOf(id)]!.lane,
      (t) => k * axisX(base, t) + tx,
      { width, height: length, lanes: this.#lanes.length, unfolded: this.#expanded, mirrored: this.#rtl },
    );
    this.#columnLaneX = placed.laneX;
    this.#columnGeometry = placed.geometry;
    this.#column = placed.column;
    this.#chartHeight = length;
    this.#bands = [];
    this.#density = [];
    this.#zoom.configure(width, length, axisMaxZoom(base, length));
    this.#layout = placed.layout;
    this.#visible = this.#layout.items;
  }

  /** The one tab stop: the item the keyboard was on, else the selected one, else the first. */
  #tabStop(): string {
    const visible = this.#visible;
    return visible.some((i) => i.id === this.#focusId)
      ? this.#focusId
      : (visible.find((i) => i.id === this.selected)?.id ?? visible[0]?.id ?? '');
  }

  /** The vertical layout's views: cheap, so they follow hover and selection freely. */
  #buildColumnViews(): void {
    this.#tabStopId = this.#tabStop();
    const related = this.#relations.related.get(this.selected);
    [this.#columnViews, this.#badgeViews] = columnKit!.columnViews(
      this.#column!,
      this.#columnGeometry!,
      this.#layout!,
      (id, lane) => ({ ...this.#itemLook(this.#byId.get(id)!, related), x: this.#columnLaneX[lane]! }),
      (id) => id === this.selected || !!related?.has(id),
    );
    this.#views = [];
    this.#hitBoxes = undefined;
  }

  /** Per zoom frame: place items and badges, size the lanes, and build what the template draws. */
  #placeItems(width: number): void {
    const base = this.#base!;
    const { k, x: tx } = this.#zoom.transform;
    const x = (t: number) => k * axisX(base, t) + tx;
    this.#layout = layoutTimeline(this.#index!, x, {
      labelWidth: (e) => this.#labelWidthOf(e as Entry),
      // A bar that starts before the view has its start mark held just inside it (see glyphAt).
      startInset: GLYPH_RADIUS + 1,
      // The canvas's rug, counted in the same pass.
      binWidth: this.#useCanvas ? BIN_WIDTH : 0,
      width,
      laneCount: this.#lanes.length,
      expanded: this.#expanded,
    });
    this.#density = this.#layout.density ?? [];
    let y = METRICS.axisHeight;
    this.#bands = this.#lanes.map((lane, i) => {
      const height = METRICS.laneHeader + this.#layout!.lanes[i]!.rows * METRICS.rowHeight + METRICS.lanePadding;
      const band = { key: lane.key, label: this.#isolate(this.#locale.t(lane.label)), y, height };
      y += height;
      return band;
    });
    this.#chartHeight = y;
    this.#zoom.configure(width, y, axisMaxZoom(base, width));
    // Time order, so the DOM, the screen reader and the arrow keys read the items chronologically: sorted
    // as numbers (order, then place; every placed item is dated, so has an order from 0 up) with no
    // comparator, whose closure, made per frame and called thousands of times, lost its optimized code
    // at each garbage collection.
    const items = this.#layout.items;
    const n = items.length;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = this.#orderOf(items[i]!.id) * n + i;
    keys.sort();
    this.#visible = Array.from(keys, (k) => items[k % n]!);
  }

  /**
   * What either layout draws of an item wherever it is placed: its words, look and state. Without
   * `named`, no accessible name: a canvas frame while the view moves draws no item's DOM, and an
   * item's name (its date in words) is made when it is first needed.
   */
  #itemLook(prepared: Prepared, related: ReadonlySet<string> | undefined, named = true) {
    const { event, span } = prepared;
    const { id } = event;
    const label = this.#labelOf(id);
    return {
      span,
      label: this.#isolate(label.text),
      labelWidth: label.width,
      ariaLabel: named ? this.#textsOf(prepared).ariaLabel : '',
      color: categoryColor(event),
      shape: CATEGORY_SHAPES[event.category] ?? 'circle',
      selected: id === this.selected,
      related: related?.has(id) ?? false,
      disputed: this.#relations.disputedBy.has(id),
      focusable: id === this.#tabStopId,
    };
  }

  /**
   * What the template draws for each placed item: cheap, so it follows hover and selection freely.
   * `named`: with each item's accessible name (see `itemLook`).
   */
  #buildViews(named: boolean): void {
    const visible = this.#visible;
    this.#tabStopId = this.#tabStop();
    const selected = this.selected;
    const related = this.#relations.related.get(selected);
    const w = this.#lastWidth;
    // A badge holding the selected item, or one linked to it, shows that too (with nothing selected,
    // none does: no need to look through the thousands of items badges hold when zoomed out).
    this.#badgeViews = this.#layout!.badges.map((badge) => ({
      badge: this.#rtl ? { ...badge, x: w - badge.x - BADGE_WIDTH } : badge,
      y: this.#rowY(badge.lane, badge.row),
      related: !!selected && badge.ids.some((id) => id === selected || related?.has(id)),
    }));
    this.#views = visible.map((p) => {
      const prepared = this.#byId.get(p.id)!;
      const look = this.#itemLook(prepared, related, named);
      return {
        ...look,
        placed: this.#rtl ? mirrorPlaced(p, w, look.labelWidth) : p,
        mirrored: this.#rtl,
        glyphX: this.#rtl ? w - glyphAt(p) : glyphAt(p),
        chartWidth: w,
        y: this.#rowY(p.lane, p.row),
        category: prepared.event.category,
      };
    });
    this.#hitBoxes = undefined;
  }

  #buildAxis(width: number): TimeAxis {
    if (this.timeScale === 'linear') return linearAxis(this.#domain, [0, width]);
    // In time order: the axis then has nothing to sort (unless a long period adds its end out of order).
    return compressedAxis(this.#entries, this.#domain, [0, width]);
  }

  #rangeOf(t: ZoomTransform, base: TimeAxis, width: number): [number, number] {
    return [axisInvert(base, t.invertX(0)), axisInvert(base, t.invertX(width))];
  }

  /** The transform that shows `[start, end]` across the width (the zoom controller clamps it). */
  #transformFor(start: number, end: number, base: TimeAxis, width: number): ZoomTransform {
    const x0 = axisX(base, start);
    const x1 = axisX(base, end);
    const k = Math.min(axisMaxZoom(base, width), width / Math.max(x1 - x0, 1e-9));
    return zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, 0).scale(k);
  }

  #rowY(lane: number, row: number): number {
    return this.#bands[lane]!.y + METRICS.laneHeader + row * METRICS.rowHeight + METRICS.rowHeight / 2;
  }

  /** Whatever goes wrong while it draws, the page goes on: see `EventsCheckController.guard`. */
  protected override performUpdate(): void {
    this.#check.guard(() => super.performUpdate(), this.#locale.t, this.#locale.rightToLeft);
  }

  protected override render() {
    // The live region stays in every state, so what changes in it is read out. Its words are set by
    // `announce`, not rendered: saying something is no reason to draw the chart again.
    return html`${this.#content()}
      <div class="visually-hidden live" role="status"></div>`;
  }

  #content() {
    const [t, rtl] = [this.#locale.t, this.#locale.rightToLeft];
    if (this.#check.withheld) return this.#check.template(t, rtl);
    if (!this.events && (this.#data.state.status === 'loading' || this.#data.state.status === 'error')) {
      return dataStateTemplate(this.#data.state, t, rtl);
    }
    // What was left out of the data, and why.
    const warning = this.events
      ? this.#check.template(t, rtl)
      : html`${dataStateTemplate(this.#data.state, t, rtl)}${this.#check.namesTemplate(t)}`;
    if (this.#prepared.length + this.#undated.length === 0) {
      const text = t(this.items.length > 0 ? 'No events match the filter.' : 'No events to show.');
      return html`${warning}
        <p part="empty" class="empty">${text}</p>`;
    }
    const width = this.#size.width;
    return html`
      ${warning}
      ${
        this.#prepared.length > 0 && (this.#vertical || (width > 0 && this.#layout))
          ? // Hover and focus listen on a wrapper: Chromium makes an <svg> with focus listeners a tab stop.
            // The vertical layout's height comes from CSS: its chart is drawn once that is measured.
            html`<div
                class="chart ${this.#vertical ? 'column' : ''}"
                @pointerover=${this.#onHover}
                @pointermove=${this.#onPointerMove}
                @pointerleave=${this.#onLeave}
                @focusin=${this.#onHover}
                @focusout=${this.#onLeave}
              >
                ${!this.#vertical || (this.#column && this.#axisLength > 0 && width > 0) ? this.#chart(width) : nothing}
              </div>
              ${this.#layout ? html`${this.#toolbar()}${this.#tooltipTemplate()}` : nothing}`
          : nothing
      }
      ${
        this.#undated.length
          ? html`<section
              part="undated"
              class="undated"
              aria-label=${this.#locale.t('Undated: {label}', { label: this.#locale.t(this.label) })}
              @keydown=${this.#onRovingKey}
              @focusin=${this.#onRovingFocus}
            >
              <h2>${this.#locale.t('Undated')}</h2>
              <ul>
                ${this.#undated.map(
                  (p, i) =>
                    html`<li>
                      <button
                        type="button"
                        data-stop=${p.event.id}
                        tabindex=${
                          p.event.id === this.#undatedStop ||
                          (i === 0 && !this.#undated.some((u) => u.event.id === this.#undatedStop))
                            ? 0
                            : -1
                        }
                        .style=${`--_c:${categoryColor(p.event)}`}
                        aria-pressed=${p.event.id === this.selected ? 'true' : 'false'}
                        title=${`${p.event.title} (${this.#textsOf(p).dateText})`}
                        @click=${() => this.select(p.event.id)}
                      >
                        ${p.event.title}
                      </button>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  #tooltipTemplate() {
    const t = this.#tooltip;
    if (!t) return nothing;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" .style=${`left:${t.x}px;top:${t.y}px`}>
      <strong>${t.title}</strong><span>${t.date}</span>
    </div>`;
  }

  #toolbar() {
    const zoomedIn = this.#zoom.transform.k > 1;
    const buttons = [
      { label: 'Zoom in', key: '+', glyph: '+', enabled: true, act: () => this.#zoomStep(2) },
      { label: 'Zoom out', key: '-', glyph: '−', enabled: zoomedIn, act: () => this.#zoomStep(0.5) },
      {
        label: 'Show everything',
        key: '0',
        glyph: '⟲',
        enabled: zoomedIn,
        act: () => this.resetZoom({ animate: true }),
      },
    ];
    // One tab stop: the button focused last, while it is enabled, else the first enabled one.
    const stop = buttons.find((b) => b.enabled && b.label === this.#toolStop) ?? buttons.find((b) => b.enabled);
    return html`<div
      part="zoom-controls"
      class="zoom-controls"
      role="toolbar"
      aria-label=${this.#locale.t('Zoom')}
      @keydown=${this.#onRovingKey}
      @focusin=${this.#onRovingFocus}
    >
      ${buttons.map(
        (b) =>
          html`<button
            type="button"
            part="zoom-button"
            data-stop=${b.label}
            tabindex=${b === stop ? 0 : -1}
            aria-label=${this.#locale.t(b.label)}
            title="${this.#locale.t(b.label)} (${b.key})"
            ?disabled=${!b.enabled}
            @click=${b.act}
          >
            ${b.glyph}
          </button>`,
      )}
    </div>`;
  }

  /** The zoom button that carries the toolbar's tab stop (by label), and the undated item's (by id). */
  #toolStop = 'Zoom in';
  #zoomButtonFocused = false;
  #undatedStop = '';

  /** The zoom toolbar and the undated list are one tab stop each: the stop follows focus. */
  readonly #onRovingFocus = (e: FocusEvent): void => {
    const target = e.target as HTMLElement;
    const stop = target.dataset.stop;
    if (stop === undefined) return;
    if (target.closest('.undated')) this.#undatedStop = stop;
    else this.#toolStop = stop;
    takeStop(target, (e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button[data-stop]'));
  };

  /** Arrow keys, Home and End move between the enabled buttons of a roving group. */
  readonly #onRovingKey = (e: KeyboardEvent): void =>
    void roveFocus(e, [
      ...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button[data-stop]:not(:disabled)'),
    ]);

  /** Zooms by `factor` around the focused item when it is in view, else around the middle. */
  #zoomStep(factor: number): void {
    const focused = this.#layout?.items.find((p) => p.id === this.#focusId);
    const at = focused ? (focused.x0 + focused.x1) / 2 : this.#axisLength / 2;
    this.#zoom.zoomBy(factor, Math.max(0, Math.min(this.#axisLength, at)));
  }

  /** The horizontal layout's chart: lanes in bands, the axis along the top. */
  #rowsChart(width: number) {
    return svg`${lanesTemplate(this.#bands, width)}
        ${breaksTemplate(this.#drawnBreaks, this.#chartHeight, this.#locale.t, this.#locale.dateNames)}
        ${laneLabelsTemplate(this.#bands, width, this.#rtl)} ${axisTemplate(this.#drawnTicks, this.#useCanvas ? METRICS.axisHeight : this.#chartHeight)}
        ${
          // On a canvas, the painter fills these with the items' and badges' buttons (see syncShells).
          this.#useCanvas
            ? svg`<g class="items"></g><g class="badges"></g>`
            : guard(
                [this.#views, this.#badgeViews],
                () =>
                  svg`<g class="items">
              ${repeat(
                this.#views,
                (v) => v.placed.id,
                (v) => itemTemplate(v),
              )}
            </g>
            <g class="badges">
              ${repeat(
                this.#badgeViews,
                (v) => badgeKey(v.badge),
                (v, i) => badgeTemplate(v.badge, i, v.y, BADGE_WIDTH, v.related, this.#locale.t),
              )}
            </g>`,
              )
        }`;
  }

  #chart(width: number) {
    return html`<svg
        part="base"
        role="group"
        aria-label=${this.#locale.t(this.label)}
        aria-roledescription=${this.#locale.t('timeline')}
        width=${width}
        height=${this.#chartHeight}
        viewBox="0 0 ${width} ${this.#chartHeight}"
        tabindex=${
          // (Or no button yet: the canvas's are made once the painter has loaded.)
          (this.#vertical ? this.#columnViews : this.#views).length === 0 || (this.#useCanvas && !paintCanvas)
            ? 0
            : nothing
        }
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
      >
        ${hatchDefs}
        ${
          this.#vertical
            ? columnKit!.columnChart(
                this.#columnGeometry!,
                this.#drawnTicks,
                this.#drawnBreaks,
                this.#columnViews,
                this.#badgeViews,
                this.#locale.t,
                this.#locale.dateNames,
              )
            : this.#rowsChart(width)
        }
      </svg>
      ${
        this.#useCanvas
          ? html`<canvas
                class="marks"
                aria-hidden="true"
                .style=${`top:${this.#paintBand[0]}px;width:${width}px;height:${this.#paintBand[1] - this.#paintBand[0]}px`}
              ></canvas>
              <div class="palette" aria-hidden="true">
                <span class="fg"></span><span class="bg"></span><span class="muted"></span><span class="selected"></span
                ><span class="focus"></span>
                ${CATEGORIES.map(
                  (c) =>
                    html`<span data-category=${c} .style=${`color:${categoryColor({ category: c })}`}></span
                      ><span data-edge=${c} .style=${`--_c:${categoryColor({ category: c })}`}></span>`,
                )}
              </div>`
          : nothing
      }`;
  }

  /** Canvas mode: makes the items' and badges' buttons, and paints marks, labels and badges, for the frame just rendered. */
  #paint(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    if (!paintCanvas) {
      // (Drawn again once it has: the update places the canvas on the part of the chart on screen.)
      void loadPainter().then(() => this.requestUpdate());
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.#lastWidth * dpr);
    const [top, bottom] = this.#paintBand;
    const h = Math.round((bottom - top) * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    // The items' and badges' buttons first, so the palette's style pass covers them too. Reading styles
    // forces a style pass, so while the view moves the colours read at rest are kept.
    syncShells(this.renderRoot, this.#shells, this.#locale.t, PAINT_KIT);
    if (!this.#palette || !this.#zoom.moving) this.#palette = readPalette(this);
    const { palette, font } = this.#palette;
    const focused = (this.shadowRoot?.activeElement as SVGGElement | null)?.dataset?.id ?? '';
    paintCanvas(
      ctx,
      {
        width: this.#lastWidth,
        top,
        bottom,
        views: this.#views,
        badges: this.#badgeViews,
        badgeWidth: BADGE_WIDTH,
        activeBadge: this.#activeBadge,
        bands: this.#bands,
        ticks: this.#drawnTicks,
        density: this.#density,
        mirrored: this.#rtl,
        binWidth: BIN_WIDTH,
        focusedId: focused,
        font,
        palette,
      },
      dpr,
      PAINT_KIT,
    );
  }

  /** Complete once drawn: an inline JSON child read, and on a canvas, once the painter has loaded and painted. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#data.reading;
    await this.#check.reading;
    const done = await super.getUpdateComplete();
    if (this.#useCanvas && !paintCanvas) {
      await loadPainter();
      this.requestUpdate();
      return super.getUpdateComplete();
    }
    // Laid out vertically for the first time: complete once the vertical layout has loaded and drawn.
    if (this.#vertical && !columnKit && !columnFailed) {
      await loadColumn();
      return super.getUpdateComplete();
    }
    return done;
  }

  #onClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const item = target.closest<SVGGElement>('[data-id]');
    if (item) {
      this.select(item.dataset.id!);
      return;
    }
    const badge = target.closest<SVGGElement>('[data-badge]');
    if (badge) {
      this.#openBadge(badge);
      return;
    }
    // Canvas mode: what the pointer is over comes from the layout, not from the DOM.
    const key = this.#hitAt(e);
    if (key?.startsWith('#')) this.#openBadgeAt(Number(key.slice(1)));
    else if (key) this.select(key);
  };

  #hitAt(e: MouseEvent): string | undefined {
    // (What a pointer can hit is made from the views when first asked, not while the view moves.)
    if (!this.#useCanvas || !hitBoxes) return undefined;
    const box = (this.renderRoot.querySelector('svg') as SVGSVGElement).getBoundingClientRect();
    this.#hitBoxes ??= hitBoxes(this.#views, this.#badgeViews, BADGE_WIDTH, PAINT_KIT);
    return hitTest(this.#hitBoxes, e.clientX - box.left, e.clientY - box.top);
  }

  /** Canvas mode: the pointer's item shows its tooltip, a badge under it its ring. */
  #onPointerMove = (e: PointerEvent): void => {
    // A drag pans: what passes under the pointer then is not being pointed at.
    if (!this.#useCanvas || e.buttons !== 0 || this.#zoom.moving) return;
    const key = this.#hitAt(e) ?? '';
    const badge = key.startsWith('#') ? Number(key.slice(1)) : -1;
    const id = badge < 0 ? key : '';
    if (id !== this.hoverId) this.hoverId = id;
    if (badge !== this.#activeBadge) {
      this.#activeBadge = badge;
      this.#paint();
    }
  };

  #onHover = (e: Event): void => {
    const id = (e.target as Element).closest<SVGGElement>('[data-id]')?.dataset.id ?? '';
    if (e.type === 'focusin' && this.#useCanvas) {
      // The canvas draws the focused badge's ring.
      const badge = (e.target as Element).closest<SVGGElement>('[data-badge]');
      this.#activeBadge = badge ? Number(badge.dataset.badge) : -1;
      this.#paint();
    }
    if (e.type === 'pointerover' && this.#useCanvas) return;
    if (e.type === 'focusin') {
      this.#keyboardInside = true;
      this.#focusedNode = e.target as Element;
      if (id) this.#focusId = id;
    }
    this.hoverId = id;
  };

  #onLeave = (e: Event): void => {
    if (e.type === 'focusout') {
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (next && this.renderRoot.contains(next)) return;
      // Focus went to something else on the page: the reader left, whatever happens to the node next.
      if (next) this.#keyboardInside = false;
      // Focus also goes out when a zoom or pan culls the focused item: its node leaves the document.
      // That is not the reader leaving, so updated() puts focus back on the chart; only a node still
      // in place when the frame is done means focus really went elsewhere.
      const leaving = e.target as Element;
      requestAnimationFrame(() => {
        if (leaving.isConnected && !this.renderRoot.contains(this.shadowRoot?.activeElement ?? null)) {
          this.#keyboardInside = false;
        }
        // The canvas draws the focus ring: take it off when focus left.
        if (this.#useCanvas) this.#paint();
      });
    }
    this.hoverId = '';
    if (this.#activeBadge >= 0) {
      this.#activeBadge = -1;
      if (this.#useCanvas) this.#paint();
    }
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    const item = target.closest<SVGGElement>('[data-id]');
    const id = item?.dataset.id ?? this.#focusId;
    const index = this.#orderOf(id);
    const quarter = this.#axisLength / 4;
    switch (e.key) {
      case 'Enter':
      case ' ': {
        const badge = target.closest<SVGGElement>('[data-badge]');
        if (item) this.select(item.dataset.id!);
        else if (badge) this.#openBadge(badge);
        else return;
        break;
      }
      case 'ArrowRight':
      case 'ArrowLeft':
      case 'ArrowDown':
      case 'ArrowUp': {
        // Towards later times: right (left where time runs right to left), and down where time
        // runs down the screen (up and down are the page's elsewhere).
        const along = e.key === 'ArrowDown' || e.key === 'ArrowUp';
        if (along && !this.#vertical) return;
        const step = along ? (e.key === 'ArrowDown' ? 1 : -1) : (e.key === 'ArrowRight') !== this.#rtl ? 1 : -1;
        if (e.shiftKey) this.#zoom.panBy(step * quarter);
        else this.#focusEntry(index + step);
        break;
      }
      case 'PageDown':
      case 'PageUp':
        this.#zoom.panBy((e.key === 'PageDown' ? 1 : -1) * quarter);
        break;
      case 'Home':
        this.#focusEntry(0);
        break;
      case 'End':
        this.#focusEntry(this.#entries.length - 1);
        break;
      case '+':
      case '=':
        this.#zoomStep(2);
        break;
      case '-':
      case '_':
        this.#zoomStep(0.5);
        break;
      case '0':
        this.resetZoom({ animate: true });
        break;
      case 'Escape':
        if (!this.selected) return;
        this.select('');
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /**
   * Moves focus to the item at `index` in time order. An item out of view is brought into view at the
   * current zoom; an item inside a count badge gets its lane expanded so it has a row of its own.
   */
  #focusEntry(index: number): void {
    const entry = this.#entries[Math.max(0, Math.min(this.#entries.length - 1, index))];
    if (!entry) return;
    this.#focusId = entry.id;
    this.#pendingFocus = true;
    const [start, end] = this.visibleRange;
    if (entry.end <= start || entry.start >= end) {
      const half = (end - start) / 2;
      const mid = (Math.max(entry.start, this.#domain[0]) + Math.min(entry.end, this.#domain[1])) / 2;
      this.#zoom.reset(this.#transformFor(mid - half, mid + half, this.#base!, this.#axisLength));
      this.#rangeSettled(this.#zoom.transform);
    }
    // willUpdate opens the item's lane if it is inside a badge; updated() focuses it.
    this.requestUpdate();
  }

  /** Opens a badge: its lane shows every row, and the view zooms to fit the items it held. */
  #openBadge(element: SVGGElement): void {
    this.#openBadgeAt(Number(element.dataset.badge));
  }

  /** Gives a badge's items rows of their own: its lane opens, or in the vertical layout the items do. */
  #open(badge: Badge | undefined): void {
    if (!badge) return;
    if (this.#vertical) for (const id of badge.ids) this.#expanded.add(this.#orderOf(id));
    else this.#expanded.add(badge.lane);
  }

  #openBadgeAt(index: number): void {
    const badge = this.#layout?.badges[index];
    if (!badge) return;
    this.#open(badge);
    const { start, end } = badge;
    const pad = Math.max((end - start) * 0.15, 3_600_000);
    this.zoomTo(start - pad, end + pad, { animate: true });
  }

  /**
   * Selects item `id` as the reader would, as linked elements do (an empty id clears the selection):
   * sets `selected`, fires `chronicle-select`, and pans the item into view when it is out of view.
   * An id that no shown item has is ignored.
   */
  select(id: string): void {
    const p = id ? this.#byId.get(id) : undefined;
    if (id && !p) return;
    this.selected = id;
    const t = this.#locale.t;
    this.#announce(
      p
        ? t('Selected: {title}, {date}.', { title: p.event.title, date: this.#textsOf(p).dateText })
        : t('Selection cleared.'),
    );
    if (p && this.#layout?.items.some((i) => i.id === id)) this.#focusId = id;
    if (p?.span && this.#base) {
      const [start, end] = this.visibleRange;
      if (p.span.end <= start || p.span.start >= end) {
        const half = (end - start) / 2;
        const mid = (Math.max(p.span.start, this.#domain[0]) + Math.min(p.span.end, this.#domain[1])) / 2;
        this.zoomTo(mid - half, mid + half, { animate: true });
      }
    }
    this.dispatchEvent(new ChronicleSelectEvent({ item: p?.event ?? null }));
  }

  /** Applies `filter` as the reader would, as a linked legend does: sets `filter` and fires `chronicle-filter-change`. */
  applyFilter(filter: ChronicleFilter): void {
    this.filter = filter;
    const shown = filterEvents(this.items, filter).length;
    this.#announce(
      this.#locale.t(
        'Filter: {shown} of {total} events shown.',
        { shown, total: this.items.length },
        this.items.length,
      ),
    );
    this.dispatchEvent(new ChronicleFilterChangeEvent({ filter }));
  }

  #rangeSettled(t: ZoomTransform): void {
    if (!this.#base) return;
    const [start, end] = this.#rangeOf(t, this.#base, this.#axisLength);
    // Said once the range rests (a brush drag settles it on every move), and only on the page (an
    // element moved within the page in the meantime still says it).
    clearTimeout(this.#rangeAnnouncement);
    if (this.isConnected)
      this.#rangeAnnouncement = window.setTimeout(() => {
        if (!this.isConnected) return;
        const day = (ms: number) => formatUtc(ms, 'd MMMM yyyy', this.#locale.dateNames);
        this.#announce(this.#locale.t('Showing {a} to {b}.', { a: day(start), b: day(end - 1) }), true);
      }, 300);
    this.dispatchEvent(new ChronicleRangeChangeEvent({ start, end }));
  }

  /** What the live region says now (read out politely by screen readers). */
  #announcement = '';
  #announcedAt = 0;
  #rangeAnnouncement = 0;

  /**
   * Says `text` through the live region. A range that settles just after a selection (the move that
   * brings the item into view) is added to what was said, not put in its place.
   */
  #announce(text: string, range = false): void {
    const now = performance.now();
    this.#announcement = range && now - this.#announcedAt < 1000 ? `${this.#announcement} ${text}` : text;
    if (!range) this.#announcedAt = now;
    this.#sayAnnouncement();
  }

  /** Puts what is to be said in the live region, once it is rendered (and only when it changed). */
  #sayAnnouncement(): void {
    const region = this.renderRoot?.querySelector('.live');
    if (region && region.textContent !== this.#announcement) region.textContent = this.#announcement;
  }
}
