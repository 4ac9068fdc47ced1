import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { ResizeController } from '../../controllers/resize.js';
import { ZoomController } from '../../controllers/zoom.js';
import { CATEGORY_COLORS } from '../../core/categories.js';
import { knownEnd, spanOf, type TimeSpan } from '../../core/dates.js';
import { formatWhen } from '../../core/format.js';
import { assignLanes, type GroupBy, type Lane } from '../../core/lanes.js';
import { DEFAULT_LAYOUT, layoutTimeline, type LayoutEntry, type TimelineLayout } from '../../core/layout.js';
import { axisTicks, baseTimeScale, maxZoom, niceDomain, type AxisTick } from '../../core/scale.js';
import { syria } from '../../data/syria.js';
import type { ChronicleEvent } from '../../data/types.js';
import { ChronicleRangeChangeEvent } from '../../events/range-change.js';
import { ChronicleSelectEvent } from '../../events/select.js';
import { timelineStyles } from './timeline.styles.js';
import {
  METRICS,
  axisTemplate,
  badgeTemplate,
  itemTemplate,
  lanesTemplate,
  type ItemView,
  type LaneBand,
} from './timeline.templates.js';

const BADGE_WIDTH = DEFAULT_LAYOUT.badgeWidth;

/**
 * The longest start of `text` that fits `max` pixels with an ellipsis, cut between words so the
 * visible words stay words of the accessible name; a single over-long first word is cut inside.
 */
function truncateWords(text: string, max: number, measure: (t: string) => number): string {
  const words = text.split(' ');
  let fit = '';
  for (const word of words) {
    const next = fit ? `${fit} ${word}` : word;
    if (measure(`${next}…`) > max) break;
    fit = next;
  }
  if (fit) return `${fit.replace(/[\s,:;.–-]+$/, '')}…`;
  let n = text.length;
  while (n > 1 && measure(`${text.slice(0, n)}…`) > max) n--;
  return `${text.slice(0, n)}…`;
}

interface Prepared {
  readonly event: ChronicleEvent;
  readonly span: TimeSpan;
  readonly dateText: string;
}

/**
 * A zoomable timeline of events and periods on a UTC time axis, in lanes.
 *
 * With no `events` it shows the shipped Syria dataset, 2011 to December 2024. Year- and
 * month-precision items span their year or month; windows ("last week") are hatched; ongoing
 * periods end in an arrow at the edge of the data; undated items are listed below the chart.
 * Items with no room for a labelled row are counted in a badge; activating a badge zooms to them.
 *
 * @summary Draws events on a zoomable time axis, in lanes, with labels that never overlap.
 * @tag chronicle-timeline
 *
 * @fires {ChronicleSelectEvent} chronicle-select - An item was chosen by click, tap or keyboard; `detail.item` is the item.
 * @fires {ChronicleRangeChangeEvent} chronicle-range-change - The visible range settled after a zoom or pan; `detail.start` and `detail.end` in UTC milliseconds.
 *
 * @csspart base - The chart's `<svg>`.
 * @csspart axis - The time axis.
 * @csspart tick-label - Each tick label on the axis.
 * @csspart lane - Each lane band.
 * @csspart lane-label - Each lane's name.
 * @csspart event - Each item's group (mark and label).
 * @csspart event-selected - The selected item's group.
 * @csspart event-label - Each item's label.
 * @csspart cluster - A badge counting items that had no room for a label.
 * @csspart undated - The list of items the source gives no date for.
 * @csspart empty - The message shown when there is nothing to draw.
 *
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font of every label.
 * @cssprop [--chronicle-font-size=12px] - Size of item labels.
 * @cssprop [--chronicle-background=Canvas] - Background of every chronicle element.
 * @cssprop [--chronicle-color=CanvasText] - Text colour of every chronicle element.
 * @cssprop [--chronicle-focus-color=Highlight] - Focus ring colour.
 * @cssprop [--chronicle-timeline-background=var(--chronicle-background)] - Background of the timeline.
 * @cssprop [--chronicle-timeline-color=var(--chronicle-color)] - Text colour of the timeline.
 * @cssprop --chronicle-timeline-muted-color - Colour of axis and lane labels.
 * @cssprop --chronicle-timeline-grid-color - Colour of tick lines.
 * @cssprop --chronicle-timeline-lane-background - Fill of lane bands.
 * @cssprop [--chronicle-timeline-selected-color=var(--chronicle-timeline-color)] - Outline of the selected mark.
 * @cssprop [--chronicle-color-armed-conflict=#D55E00] - Colour of the armed-conflict category.
 * @cssprop [--chronicle-color-foreign-forces=#0072B2] - Colour of the foreign-forces category.
 * @cssprop [--chronicle-color-diplomacy=#009E73] - Colour of the diplomacy category.
 * @cssprop [--chronicle-color-statement=#CC79A7] - Colour of the statement category.
 * @cssprop [--chronicle-color-humanitarian=#E69F00] - Colour of the humanitarian category.
 * @cssprop [--chronicle-color-political=#56B4E9] - Colour of the political category.
 * @cssprop [--chronicle-color-regional=#7A7A7A] - Colour of the regional-wars category.
 */
export class ChronicleTimeline extends LitElement {
  static override styles = timelineStyles;

  /** The items to draw. When unset, the shipped Syria dataset's events are shown. */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /** Id of the selected item, or empty for none. Reflected, so CSS and other elements can follow it. */
  @property({ reflect: true }) selected = '';

  /** How items are split into lanes: `category` (default) or `none`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'category';

  /** Accessible name of the chart. */
  @property() label = 'Timeline';

  private readonly size = new ResizeController(this);
  private readonly zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector('svg'),
    onEnd: (t) => this.rangeSettled(t),
  });

  // Derived state, computed in willUpdate.
  private prepared: Prepared[] = [];
  private byId = new Map<string, Prepared>();
  /** Position of each dated item in time order (start, end, then given order): DOM and arrow-key order. */
  private rank = new Map<string, number>();
  private undated: Prepared[] = [];
  private lanes: Lane[] = [];
  private laneOf = new Map<string, number>();
  private domain: [number, number] = [0, 1];
  private labels = new Map<string, { text: string; width: number }>();
  private baseX?: ScaleTime<number, number>;
  private x?: ScaleTime<number, number>;
  private ticks: AxisTick[] = [];
  private layout?: TimelineLayout;
  private bands: LaneBand[] = [];
  private chartHeight = 0;
  private lastWidth = 0;
  /** The width the labels were measured and cut for (-1: not yet, or the items changed). */
  private labelsWidth = -1;
  private focusId = '';

  /** The items shown: `events`, or the shipped dataset's. */
  get items(): readonly ChronicleEvent[] {
    return this.events ?? syria.events;
  }

  /** The visible range in UTC milliseconds, `[start, end]`. */
  get visibleRange(): [number, number] {
    const [a, b] = (this.x ?? baseTimeScale(this.domain, [0, 1])).domain();
    return [a!.getTime(), b!.getTime()];
  }

  /** Zooms to show `[start, end]` (UTC milliseconds), within the zoom limits. */
  zoomTo(start: number, end: number): void {
    if (!this.baseX || this.size.width === 0) return;
    const width = this.size.width;
    const x0 = this.baseX(start);
    const x1 = this.baseX(end);
    const k = Math.min(maxZoom(this.domain), width / Math.max(x1 - x0, 1e-9));
    this.zoom.set(zoomIdentity.scale(k).translate(-x0, 0));
  }

  /** Shows the whole domain again. */
  resetZoom(): void {
    this.zoom.set(zoomIdentity);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('groupBy') || this.prepared.length + this.undated.length === 0) {
      this.prepare();
    }
    const width = this.size.width;
    // Hidden (no width yet, or a display:none parent): keep what was laid out for the last real width.
    if (width === 0) return;
    if (width !== this.labelsWidth) {
      const style = getComputedStyle(this);
      this.measureLabels(width, `${style.fontSize} ${style.fontFamily}`);
      this.labelsWidth = width;
    }
    if (width !== this.lastWidth || !this.baseX) {
      // Keep the visible range across resizes: the transform's translation is in pixels.
      if (this.baseX && this.lastWidth > 0 && width !== this.lastWidth) {
        const t = this.zoom.transform;
        this.zoom.transform = zoomIdentity.translate((t.x * width) / this.lastWidth, 0).scale(t.k);
      }
      this.baseX = baseTimeScale(this.domain, [0, width]);
      this.lastWidth = width;
    }
    this.x = this.zoom.transform.rescaleX(this.baseX);
    this.ticks = axisTicks(this.x);
    this.layoutItems(width);
  }

  private prepare(): void {
    const items = this.items;
    const end = knownEnd(items.map((e) => e.when)) ?? Date.UTC(2000, 0, 1);
    this.prepared = [];
    this.undated = [];
    for (const event of items) {
      const span = spanOf(event.when, end);
      const p = { event, span: span!, dateText: formatWhen(event.when) };
      (span ? this.prepared : this.undated).push(p);
    }
    this.byId = new Map([...this.prepared, ...this.undated].map((p) => [p.event.id, p]));
    const chronological = this.prepared
      .map((p, i) => ({ id: p.event.id, start: p.span.start, end: p.span.end, i }))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
    this.rank = new Map(chronological.map((c, i) => [c.id, i]));
    const { lanes, laneOf } = assignLanes(
      this.prepared.map((p) => p.event),
      this.groupBy,
    );
    this.lanes = lanes;
    this.laneOf = laneOf;
    const start = Math.min(...this.prepared.map((p) => p.span.start));
    this.domain = this.prepared.length
      ? niceDomain(start, end)
      : niceDomain(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1));
    this.baseX = undefined;
    this.labelsWidth = -1;
    this.zoom.transform = zoomIdentity;
  }

  /** Measures each label once per width and font; long titles are cut at a word, with an ellipsis, to fit half the width. */
  private measureLabels(width: number, font: string): void {
    this.labels.clear();
    const ctx = document.createElement('canvas').getContext('2d');
    const measure = (text: string) => (ctx ? ((ctx.font = font), ctx.measureText(text).width) : text.length * 6.5);
    const max = Math.max(60, Math.min(260, width / 2 - DEFAULT_LAYOUT.markWidth - 2 * DEFAULT_LAYOUT.gap));
    for (const { event, span } of this.prepared) {
      let text = span.ongoing ? `${event.title} (ongoing)` : event.title;
      let w = measure(text);
      if (w > max) {
        text = truncateWords(text, max, measure);
        w = measure(text);
      }
      this.labels.set(event.id, { text, width: Math.ceil(w) });
    }
  }

  private layoutItems(width: number): void {
    const entries: LayoutEntry[] = this.prepared.map(({ event, span }) => ({
      id: event.id,
      lane: this.laneOf.get(event.id)!,
      start: span.start,
      end: span.end,
      kind: span.kind,
      labelWidth: this.labels.get(event.id)?.width ?? 0,
    }));
    const x = this.x!;
    const layout = layoutTimeline(entries, (t) => x(t), { ...DEFAULT_LAYOUT, width, laneCount: this.lanes.length });
    const rank = (id: string) => this.rank.get(id)!;
    this.layout = { ...layout, items: [...layout.items].sort((a, b) => rank(a.id) - rank(b.id)) };
    let y = METRICS.axisHeight;
    this.bands = this.lanes.map((lane, i) => {
      const height = METRICS.laneHeader + this.layout!.lanes[i]!.rows * METRICS.rowHeight + METRICS.lanePadding;
      const band = { key: lane.key, label: lane.label, y, height };
      y += height;
      return band;
    });
    this.chartHeight = y;
    this.zoom.configure(width, y, maxZoom(this.domain));
    const visible = this.layout.items;
    if (!visible.some((i) => i.id === this.focusId)) {
      this.focusId = visible.find((i) => i.id === this.selected)?.id ?? visible[0]?.id ?? '';
    }
  }

  private rowY(lane: number, row: number): number {
    return this.bands[lane]!.y + METRICS.laneHeader + row * METRICS.rowHeight + METRICS.rowHeight / 2;
  }

  protected override render() {
    if (this.prepared.length + this.undated.length === 0) {
      return html`<p part="empty" class="empty">No events to show.</p>`;
    }
    const width = this.size.width;
    return html`
      ${width > 0 && this.layout ? this.chart(width) : nothing}
      ${
        this.undated.length
          ? html`<section part="undated" class="undated" aria-label="Undated">
              <h2>Undated</h2>
              <ul>
                ${this.undated.map(
                  (p) =>
                    html`<li>
                      <button
                        type="button"
                        style="--_c:${this.color(p.event)}"
                        aria-pressed=${p.event.id === this.selected ? 'true' : 'false'}
                        title=${`${p.event.title} (${p.dateText})`}
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

  private chart(width: number) {
    const layout = this.layout!;
    const views: ItemView[] = layout.items.map((placed) => {
      const p = this.byId.get(placed.id)!;
      const label = this.labels.get(placed.id)!;
      return {
        placed,
        span: p.span,
        y: this.rowY(placed.lane, placed.row),
        color: this.color(p.event),
        label: label.text,
        labelWidth: label.width,
        ariaLabel: `${p.event.title}, ${p.dateText}`,
        selected: placed.id === this.selected,
        focusable: placed.id === this.focusId,
      };
    });
    return html`<svg
      part="base"
      role="group"
      aria-label=${this.label}
      aria-roledescription="timeline"
      width=${width}
      height=${this.chartHeight}
      viewBox="0 0 ${width} ${this.chartHeight}"
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
    >
      <defs>
        <pattern id="chronicle-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="currentColor" fill-opacity="0.12"></rect>
          <line x1="0" y1="0" x2="0" y2="5" stroke="currentColor" stroke-width="2" stroke-opacity="0.6"></line>
        </pattern>
      </defs>
      ${lanesTemplate(this.bands, width)} ${axisTemplate(this.ticks, this.chartHeight)}
      <g class="items">${views.map(itemTemplate)}</g>
      <g class="badges">${layout.badges.map((b) => badgeTemplate(b, this.rowY(b.lane, b.row), BADGE_WIDTH))}</g>
    </svg>`;
  }

  private color(event: ChronicleEvent): string {
    return `var(--chronicle-color-${event.category}, ${CATEGORY_COLORS[event.category]})`;
  }

  private onClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const item = target.closest<SVGGElement>('[data-id]');
    if (item) {
      this.select(item.dataset.id!);
      return;
    }
    const badge = target.closest<SVGGElement>('[data-badge]');
    if (badge) this.openBadge(badge);
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    if (e.key === 'Enter' || e.key === ' ') {
      const item = target.closest<SVGGElement>('[data-id]');
      const badge = target.closest<SVGGElement>('[data-badge]');
      if (item) this.select(item.dataset.id!);
      else if (badge) this.openBadge(badge);
      else return;
      e.preventDefault();
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const item = target.closest<SVGGElement>('[data-id]');
      if (!item) return;
      const order = this.layout?.items ?? [];
      const i = order.findIndex((p) => p.id === item.dataset.id);
      const next = order[i + (e.key === 'ArrowRight' ? 1 : -1)];
      if (!next) return;
      e.preventDefault();
      this.focusId = next.id;
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(next.id)}"]`)?.focus(),
      );
    }
  };

  private openBadge(badge: SVGGElement): void {
    const ids = badge.dataset.badge!.split(' ');
    const spans = ids.map((id) => this.byId.get(id)!.span);
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const pad = Math.max((end - start) * 0.15, 3_600_000);
    this.zoomTo(start - pad, end + pad);
  }

  private select(id: string): void {
    const p = this.byId.get(id);
    if (!p) return;
    this.selected = id;
    this.focusId = this.layout?.items.some((i) => i.id === id) ? id : this.focusId;
    this.dispatchEvent(new ChronicleSelectEvent({ item: p.event }));
  }

  private rangeSettled(t: ZoomTransform): void {
    if (!this.baseX) return;
    const [a, b] = t.rescaleX(this.baseX).domain();
    this.dispatchEvent(new ChronicleRangeChangeEvent({ start: a!.getTime(), end: b!.getTime() }));
  }
}
