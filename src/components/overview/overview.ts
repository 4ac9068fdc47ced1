import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { utcYear } from 'd3-time';
import { spansOf } from '../../core/dates.js';
import { formatUtc } from '../../core/format.js';
import { moveWindow, scaleWindow, spanWindow, startDensity, type TimeWindow } from '../../core/overview.js';
import { MIN_VISIBLE_MS, niceDomain } from '../../core/scale.js';
import { BrushController } from '../../controllers/brush.js';
import { LinkController } from '../../controllers/link.js';
import { ResizeController } from '../../controllers/resize.js';
import { syria } from '../../data/syria.js';
import type { ChronicleEvent } from '../../data/types.js';
import { ChronicleRangeChangeEvent } from '../../events/range-change.js';
import { dataStateStyles, sharedStyles } from '../shared.styles.js';
import { EventsCheckController } from '../../controllers/events-check.js';
import { isRtl } from '../language.js';
import { LocaleData } from '../locale.js';

const HEIGHT = 56;
const STRIP = 38;
/** Pixels per density bar. */
const BAR = 3;
/** Room at each end of the strip, so the brush's handles and outline are never cut off. */
const INSET = 4;
/** The narrowest the brush is drawn (pixels), so a short window can still be seen and grabbed. */
const MIN_DRAWN = 8;
/** The shortest window the brush makes: six hours. */
const MIN_WINDOW = Math.max(MIN_VISIBLE_MS, 6 * 3_600_000);

/**
 * The whole time range as a compact strip: a bar for every few pixels showing how many items start
 * there (so the crowded week of December 2024 stands out), year marks, and a brush for the visible
 * range. Drag the brush to move it, drag its ends to resize it, drag elsewhere to draw a new one,
 * click elsewhere to centre it there. With the keyboard (it is one tab stop) the arrow keys move
 * it (`Shift`: a whole window), `+` and `-` narrow and widen it, `Home` and `End` go to the ends.
 *
 * Alone it shows `events` (the shipped dataset when unset) with `range` as the brush. With
 * `for="timeline-id"` it follows that timeline (zooming the timeline moves the brush) and brushing
 * zooms the timeline.
 *
 * @summary An overview strip of the whole range, with a brush for the timeline's visible range.
 * @tag chronicle-overview
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it the element follows the reader's system (`prefers-color-scheme`).
 * @fires {ChronicleRangeChangeEvent} chronicle-range-change - Unlinked only: the reader brushed a new range; `detail.start` and `detail.end` in UTC milliseconds. Linked, the timeline fires it.
 *
 * @csspart base - The strip's `<svg>`.
 * @csspart density - The density bars.
 * @csspart brush - The brush window (the focusable slider).
 * @csspart handle - Each end of the brush.
 * @csspart year-label - Each year mark's label.
 * @csspart empty - The message shown when no item has a date.
 *
 * @cssprop [--chronicle-background=Canvas] - Background.
 * @cssprop [--chronicle-color=CanvasText] - Text colour, and the density bars.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring and brush colour.
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font.
 */
export class ChronicleOverview extends LitElement {
  static override styles = [
    dataStateStyles,
    sharedStyles,
    css`
      /* Drawn by x in either direction (mirrored where time runs right to left), so anchored left to right. */
      svg {
        direction: ltr;
        display: block;
        width: 100%;
        touch-action: none;
        user-select: none;
        cursor: crosshair;
      }
      .bars {
        fill: var(--_muted);
      }
      .year line {
        stroke: var(--_line);
      }
      .year text {
        fill: var(--_muted);
        font-size: 10px;
      }
      .window {
        fill: color-mix(in srgb, var(--_focus) 18%, transparent);
        stroke: var(--_focus);
        stroke-width: 1.5;
        cursor: grab;
      }
      .handle {
        fill: var(--_focus);
        cursor: ew-resize;
      }
      .brush:focus {
        outline: none;
      }
      .brush:focus-visible .window {
        stroke-width: 3;
        stroke: var(--_fg);
      }
      @media (forced-colors: active) {
        .window {
          fill: none;
          stroke: Highlight;
        }
        .handle {
          fill: Highlight;
        }
        .bars {
          fill: CanvasText;
        }
      }
    `,
  ];

  /** Id of the timeline to follow and steer, in the same document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The items to show. When unset, the shipped Syria dataset's events (or the linked timeline's). */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse `events` with any problem: the element shows the error instead of the sound events.
   * By default events with problems are left out, and `chronicle-error` reports them (`partial: true`).
   */
  @property({ type: Boolean }) strict = false;
  readonly #check = new EventsCheckController(this);

  /** The brushed range, `[start, end]` in UTC milliseconds; the whole range when unset. */
  @property({ attribute: false }) range?: readonly [number, number];

  /** Accessible name of the brush. */
  @property() label = 'Visible range';

  @state() private linkedItems?: readonly ChronicleEvent[];
  @state() private linkedDomain?: [number, number];

  readonly #size = new ResizeController(this);
  readonly #link = new LinkController(this, (timeline) => {
    if (timeline.items !== this.linkedItems) this.linkedItems = timeline.items;
    const domain = timeline.fullRange;
    if (domain[0] !== this.linkedDomain?.[0] || domain[1] !== this.linkedDomain?.[1]) this.linkedDomain = domain;
    // While the reader drags here, the timeline follows the brush, not the other way round.
    if (this.#brush.dragging) return;
    const range = timeline.visibleRange;
    if (range[0] !== this.range?.[0] || range[1] !== this.range?.[1]) this.range = range;
  });
  readonly #brush = new BrushController(this, {
    target: () => this.renderRoot.querySelector('svg'),
    extent: () => [this.#x(this.#window[0]), this.#x(this.#window[1])],
    track: () => [INSET, INSET + this.#track],
    grab: 6,
    mirrored: () => this.#rtl,
    onBrush: ([a, b], mode, done) => {
      const t = (x: number) => this.#domain[0] + ((x - INSET) / this.#track) * (this.#domain[1] - this.#domain[0]);
      const next =
        mode === 'move'
          ? moveWindow(this.#window, t(a) - this.#window[0], this.#domain)
          : spanWindow(t(a), t(b), this.#domain, MIN_WINDOW);
      this.#brushTo(next, done);
    },
  });

  #domain: [number, number] = [0, 1];
  /** No dated item: nothing to draw a range for. */
  #empty = false;
  #bins: Uint32Array = new Uint32Array(0);
  #bars = '';
  #years: number[] = [];

  /** The brush's window now: `range` within the domain, or the whole domain. */
  get #window(): TimeWindow {
    const r = this.range;
    if (!r) return this.#domain;
    const a = Math.max(this.#domain[0], Math.min(r[0], r[1]));
    const b = Math.min(this.#domain[1], Math.max(r[0], r[1]));
    return b > a ? [a, b] : this.#domain;
  }

  /** Pixels inside the strip's insets, where time runs. */
  get #track(): number {
    return Math.max(1, this.#size.width - 2 * INSET);
  }

  #x(t: number): number {
    return INSET + ((t - this.#domain[0]) / (this.#domain[1] - this.#domain[0])) * this.#track;
  }

  /** Time runs right to left on screen (a right-to-left context); the arithmetic stays left to right. */
  #rtl = false;

  /** The element's language, for its own words and dates. */
  readonly #locale = new LocaleData(this);

  protected override willUpdate(changed: PropertyValues): void {
    this.#rtl = isRtl(this);
    this.#locale.refresh();
    const items = this.linkedItems ?? this.#check.events ?? syria.events;
    const width = this.#size.width;
    if (
      changed.has('events') ||
      changed.has('strict') ||
      changed.has('linkedItems') ||
      changed.has('linkedDomain') ||
      !this.#bins.length
    ) {
      if (this.linkedDomain) this.#domain = this.linkedDomain;
      else {
        const { start, end } = spansOf(items.map((e) => e.when));
        this.#domain = start < Infinity ? niceDomain(start, end) : [0, 1];
      }
      this.#empty = this.#domain[0] === 0 && this.#domain[1] === 1;
      this.#bins = new Uint32Array(0);
    }
    if (width > 0 && this.#bins.length !== Math.floor(this.#track / BAR)) {
      this.#bins = startDensity(items, this.#domain, Math.floor(this.#track / BAR));
      // The bars as one path, made when the bins change (not on each frame the brush moves).
      let max = 1;
      for (const c of this.#bins) if (c > max) max = c;
      // Square-root heights: one item stays visible beside a week of twenty.
      this.#bars = '';
      this.#bins.forEach((c, i) => {
        if (c === 0) return;
        const h = Math.max(2, Math.sqrt(c / max) * (STRIP - 4));
        this.#bars += `M${INSET + i * BAR},${STRIP}h${BAR - 1}v${-h}h${1 - BAR}z`;
      });
      const years = utcYear.range(new Date(this.#domain[0]), new Date(this.#domain[1])).map((d) => d.getTime());
      // A label every year when there is room (about 34 pixels), else every second, fifth...
      const every = [1, 2, 5, 10, 20, 50].find((n) => (width / Math.max(1, years.length)) * n >= 34) ?? 100;
      this.#years = years.filter((t) => new Date(t).getUTCFullYear() % every === 0);
    }
  }

  /** Whatever goes wrong while it draws, the page goes on: see `EventsCheckController.guard`. */
  protected override performUpdate(): void {
    this.#check.guard(() => super.performUpdate(), this.#locale.t, this.#locale.rightToLeft);
  }

  protected override render() {
    // Its data under what to say about it (see `EventsCheckController.around`).
    return this.#check.around(() => this.#body(), this.#locale.t, this.#locale.rightToLeft, !!this.linkedItems);
  }

  #body() {
    const width = this.#size.width;
    const t = this.#locale.t;
    if (this.#empty) return html`<p part="empty" class="empty">${t('No events to show.')}</p>`;
    if (width === 0) return html`<svg part="base" height=${HEIGHT} aria-hidden="true"></svg>`;
    const [a, b] = this.#window;
    // A window narrower than MIN_DRAWN (a week of fourteen years) is drawn that wide around its middle.
    const grow = Math.max(0, MIN_DRAWN - (this.#x(b) - this.#x(a))) / 2;
    const x0 = this.#x(a) - grow;
    const x1 = this.#x(b) + grow;
    const text = (ms: number) => formatUtc(ms, 'd MMM yyyy', this.#locale.dateNames);
    // Right to left, the drawing is mirrored; year labels are placed, not mirrored, so they read.
    const mirror = this.#rtl ? `matrix(-1 0 0 1 ${width} 0)` : nothing;
    const X = (x: number) => (this.#rtl ? width - x : x);
    return html`<svg part="base" width=${width} height=${HEIGHT} viewBox="0 0 ${width} ${HEIGHT}">
      ${this.#years.map(
        (t) =>
          svg`<g class="year" aria-hidden="true"><line x1=${X(this.#x(t))} x2=${X(this.#x(t))} y1="0" y2=${STRIP}></line><text part="year-label" x=${X(this.#x(t) + 2)} y=${HEIGHT - 4} text-anchor=${this.#rtl ? 'end' : nothing}>${new Date(t).getUTCFullYear()}</text></g>`,
      )}
      <path part="density" class="bars" d=${this.#bars} transform=${mirror} aria-hidden="true"></path>
      <g
        part="brush"
        class="brush"
        role="slider"
        tabindex="0"
        aria-label=${t(this.label)}
        aria-valuemin=${this.#domain[0]}
        aria-valuemax=${this.#domain[1]}
        aria-valuenow=${Math.round((a + b) / 2)}
        aria-valuetext=${t('{a} to {b}', { a: text(a), b: text(b - 1) })}
        @keydown=${this.#onKeyDown}
      >
        <g transform=${mirror}>
          <rect class="window" x=${x0} y="1" width=${x1 - x0} height=${STRIP - 1}></rect>
          <rect part="handle" class="handle" x=${x0 - 2} y=${STRIP / 2 - 8} width="4" height="16" rx="1"></rect>
          <rect part="handle" class="handle" x=${x1 - 2} y=${STRIP / 2 - 8} width="4" height="16" rx="1"></rect>
        </g>
      </g>
    </svg>`;
  }

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    const w = this.#window;
    const length = w[1] - w[0];
    const step = e.shiftKey ? length : length / 10;
    // Left and right as they look: where time runs right to left, left is later.
    const back = this.#rtl ? 'ArrowRight' : 'ArrowLeft';
    const forward = this.#rtl ? 'ArrowLeft' : 'ArrowRight';
    const keys: Record<string, () => [number, number]> = {
      [back]: () => moveWindow(w, -step, this.#domain),
      ArrowDown: () => moveWindow(w, -step, this.#domain),
      [forward]: () => moveWindow(w, step, this.#domain),
      ArrowUp: () => moveWindow(w, step, this.#domain),
      PageUp: () => moveWindow(w, -length, this.#domain),
      PageDown: () => moveWindow(w, length, this.#domain),
      Home: () => moveWindow(w, -Infinity, this.#domain),
      End: () => moveWindow(w, Infinity, this.#domain),
      '+': () => scaleWindow(w, 0.5, this.#domain, MIN_WINDOW),
      '=': () => scaleWindow(w, 0.5, this.#domain, MIN_WINDOW),
      '-': () => scaleWindow(w, 2, this.#domain, MIN_WINDOW),
    };
    const next = keys[e.key]?.();
    if (!next) return;
    e.preventDefault();
    this.#brushTo(next, true);
  };

  /** The reader moved the brush: the linked timeline zooms there, or this overview keeps it and says so. */
  #brushTo(next: [number, number], done: boolean): void {
    this.range = next;
    const timeline = this.#link.timeline;
    if (timeline) timeline.zoomTo(next[0], next[1]);
    else if (done) this.dispatchEvent(new ChronicleRangeChangeEvent({ start: next[0], end: next[1] }));
  }
}
