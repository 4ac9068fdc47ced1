import { LitElement, css, html, nothing } from 'lit';
import { LocaleData } from '../locale.js';
import { property, state } from 'lit/decorators.js';
import { cleanFilter, sameFilter, type ChronicleFilter } from '../../core/filter.js';
import { channelOf } from '../../link/channel.js';
import type { Actor, Category, ChronicleEvent, Place } from '../../data/types.js';
import type { ChronicleTimeline } from '../timeline/timeline.js';
import { dataStateStyles, sharedStyles } from '../shared.styles.js';
import { DataSourceController, dataStateTemplate } from '../../controllers/data-source.js';
import { EventsCheckController } from '../../controllers/events-check.js';

/** The explorer's state as kept in the URL. */
interface ViewState {
  readonly selected: string;
  readonly range?: readonly [number, number];
  readonly filter: ChronicleFilter;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/:00\.000Z$|\.000Z$/, 'Z');

/**
 * The whole experience in one tag: an overview strip with a brush, the timeline, the card for the
 * selected item, the legend's filters, and every item as a list, laid out for the space it has and
 * wired together. With no attributes it shows the shipped Syria dataset, in Arabic where the page or
 * an ancestor has `lang="ar"` (loaded on demand, from a file beside the embed bundle).
 *
 * Narrower than 760 px the parts stack in one column; narrower than 520 px the timeline also lays
 * out vertically, time running down the screen (`orientation` fixes it either way).
 *
 * Printed, it opens the list, so the page prints every item with its date and source.
 *
 * With `sync-url`, the selected item, the visible range and the filter are kept in the page's URL
 * hash (under the explorer's `id`, or `chronicle`, so two explorers keep apart), so a link opens the
 * same view, and back and forward step through selections and filters.
 *
 * @summary Overview, timeline, card, legend and list, linked, in one element.
 * @tag chronicle-explorer
 *
 * @fires {ChronicleSelectEvent} chronicle-select - An item was selected in any part (from the inner timeline).
 * @fires {ChronicleRangeChangeEvent} chronicle-range-change - The visible range changed (from the inner timeline).
 * @fires {ChronicleFilterChangeEvent} chronicle-filter-change - The filter changed (from the inner timeline).
 * @fires {ChronicleErrorEvent} chronicle-error - The data (`events`, `src` or inline) could not be shown, or only in part (`detail.partial`: events with problems were left out); `detail.message` says why, `detail.errors` lists each problem with its path.
 * @fires {ChronicleDataLoadEvent} chronicle-data-load - The dataset at `src` (or inline) was read.
 *
 * @csspart overview - The `<chronicle-overview>`.
 * @csspart timeline - The `<chronicle-timeline>`.
 * @csspart card - The `<chronicle-card>`.
 * @csspart legend - The `<chronicle-legend>`.
 * @csspart list - The `<chronicle-list>` (made when its disclosure is first opened).
 * @csspart list-toggle - The disclosure that shows the list.
 * @csspart status - The message shown while the dataset at `src` loads.
 * @csspart error - The message shown when the dataset cannot be loaded or read, with each problem.
 * @csspart warning - The warning shown above the data when events with problems were left out of it, with each problem.
 *
 * @cssprop [--chronicle-background=Canvas] - Background of every part.
 * @cssprop [--chronicle-color=CanvasText] - Text colour of every part.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring colour.
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--chronicle-explorer-gap=12px] - Space between the parts.
 * @cssprop [--chronicle-error-color=#b00020] - Edge and tint of the error message.
 * @cssprop [--chronicle-warning-color=#b36b00] - Edge and tint of the warning about events left out.
 */
export class ChronicleExplorer extends LitElement {
  static override styles = [
    sharedStyles,
    dataStateStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .layout {
        display: grid;
        gap: var(--chronicle-explorer-gap, 12px);
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'overview' 'timeline' 'card' 'legend' 'list';
      }
      @container (min-width: 760px) {
        .layout {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
          grid-template-areas: 'overview overview' 'timeline timeline' 'card legend' 'list list';
        }
      }
      chronicle-overview {
        grid-area: overview;
      }
      chronicle-timeline {
        grid-area: timeline;
      }
      chronicle-card {
        grid-area: card;
      }
      chronicle-legend {
        grid-area: legend;
      }
      details {
        grid-area: list;
      }
      @media print {
        chronicle-overview,
        chronicle-legend,
        summary {
          display: none;
        }
      }
      summary {
        cursor: pointer;
        padding: 4px 0;
        font-weight: 600;
      }
    `,
  ];

  /**
   * The items to show. When unset: the dataset at `src`, else one in a `<script type="application/json">`
   * child, else the shipped Syria dataset.
   */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse data with any problem. By default, of data in which some events have problems, the sound
   * events are shown under a warning that lists the problems (and `chronicle-error` reports them with
   * `partial: true`); with `strict`, the explorer shows the error instead.
   */
  @property({ type: Boolean }) strict = false;

  /**
   * URL of a dataset in the library's JSON format, used when `events` is unset. While it loads the
   * explorer says so; one that cannot be loaded or read is reported in the explorer and by `chronicle-error`.
   */
  @property() src = '';

  /** Actor names for `events`. When `events` is unset, the shipped dataset's. */
  @property({ attribute: false }) actors?: readonly Actor[];

  /** Place names for `events`. When `events` is unset, the shipped dataset's. */
  @property({ attribute: false }) places?: readonly Place[];

  /** Forces light or dark colours on every part; without it they follow the reader's system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Accessible name of the timeline. */
  @property() label = 'Timeline';

  /**
   * The timeline's layout: `auto` lays it out vertically (time running down) when it is narrower than
   * 520 px, `horizontal` or `vertical` fix it.
   */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Keep the selected item, visible range and filter in the URL hash, and follow it (links, back, forward). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * The list is made when the reader opens it: tens of thousands of items would otherwise be
   * tens of thousands of hidden nodes.
   */
  @state() private listOpen = false;

  /** Printed, the explorer is its list: every item with its date and source. */
  readonly #onBeforePrint = (): void => {
    this.listOpen = true;
  };

  readonly #onListToggle = (e: Event): void => {
    this.listOpen = (e.target as HTMLDetailsElement).open;
  };

  /** The inner timeline: every part links to it. */
  get timeline(): ChronicleTimeline | null {
    return this.renderRoot.querySelector('chronicle-timeline');
  }

  #linked?: ChronicleTimeline;
  #written?: ViewState;
  #rangeTimer = 0;
  #applying = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onUrlChange);
    window.addEventListener('hashchange', this.#onUrlChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    // Moved in the page: link to the inner timeline again after the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onUrlChange);
    window.removeEventListener('hashchange', this.#onUrlChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    if (this.#linked) channelOf(this.#linked).removeEventListener('update', this.#onTimelineUpdate);
    this.#linked = undefined;
    clearTimeout(this.#rangeTimer);
  }

  readonly #data = new DataSourceController(this);
  readonly #check = new EventsCheckController(this, true);

  /** The element's language, for its own words. */
  readonly #locale = new LocaleData(this);

  protected override willUpdate(): void {
    this.#locale.refresh();
    this.#data.setSrc(this.events == null ? this.src : '');
  }

  /** Whatever goes wrong while it draws, the page goes on: see `EventsCheckController.guard`. */
  protected override performUpdate(): void {
    this.#check.guard(() => super.performUpdate(), this.#locale.t, this.#locale.rightToLeft);
  }

  protected override render() {
    const { state } = this.#data;
    const [t, rtl] = [this.#locale.t, this.#locale.rightToLeft];
    if (this.#check.withheld) return this.#check.template(t, rtl);
    if (!this.events && (state.status === 'loading' || state.status === 'error'))
      return dataStateTemplate(state, t, rtl);
    const dataset = this.events ? undefined : this.#data.dataset;
    // What was left out of the data, and why (the inner timeline is given only the rest).
    const warning = this.events ? this.#check.template(t, rtl) : dataStateTemplate(state, t, rtl);
    return html`${warning}
      <div class="layout">
        <chronicle-overview part="overview" theme=${this.theme ?? nothing} for="timeline"></chronicle-overview>
        <chronicle-timeline
          part="timeline"
          theme=${this.theme ?? nothing}
          id="timeline"
          .events=${this.#check.events ?? dataset?.events}
          .actors=${this.actors ?? dataset?.actors}
          label=${this.label}
          orientation=${this.orientation}
        ></chronicle-timeline>
        <chronicle-card
          part="card"
          theme=${this.theme ?? nothing}
          for="timeline"
          .places=${this.places ?? dataset?.places}
        ></chronicle-card>
        <chronicle-legend part="legend" theme=${this.theme ?? nothing} for="timeline"></chronicle-legend>
        <details part="list-toggle" ?open=${this.listOpen} @toggle=${this.#onListToggle}>
          <summary>${this.#locale.t('Every event as a list')}</summary>
          ${
            this.listOpen
              ? html`<chronicle-list
                  part="list"
                  theme=${this.theme ?? nothing}
                  for="timeline"
                  label=${this.#locale.t('{label}, as a list', { label: this.#locale.t(this.label) })}
                ></chronicle-list>`
              : nothing
          }
        </details>
      </div>`;
  }

  /** Complete once an inline JSON child has been read and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#data.reading;
    await this.#check.reading;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const timeline = this.timeline;
    if (!timeline || timeline === this.#linked) return;
    if (this.#linked) channelOf(this.#linked).removeEventListener('update', this.#onTimelineUpdate);
    this.#linked = timeline;
    channelOf(timeline).addEventListener('update', this.#onTimelineUpdate);
    if (this.syncUrl) this.#applyUrl();
  }

  /** The names this explorer's state goes under in the hash. */
  #key(name: string): string {
    return `${this.id || 'chronicle'}-${name}`;
  }

  /**
   * The state in the hash, or undefined when the hash holds none of this explorer's keys: a plain
   * fragment (`#notes`, a skip link) or another explorer's state is not this one's to follow. An
   * empty hash is the state of no selection, no filter and the whole range.
   */
  #readUrl(): ViewState | undefined {
    const params = new URLSearchParams(location.hash.slice(1));
    const ours = [...params.keys()].some((k) => k.startsWith(this.#key('')));
    if (!ours && location.hash.length > 1) return undefined;
    const get = (name: string) => params.get(this.#key(name));
    const from = Date.parse(get('from') ?? '');
    const to = Date.parse(get('to') ?? '');
    const list = (name: string) => {
      const v = get(name);
      return v === null ? undefined : v.split(',').filter(Boolean);
    };
    const categories = list('categories') as Category[] | undefined;
    const actors = list('actors');
    const state: ViewState = {
      selected: get('selected') ?? '',
      range: Number.isFinite(from) && Number.isFinite(to) && to > from ? [from, to] : undefined,
      filter: { ...(categories ? { categories } : {}), ...(actors ? { actors } : {}) },
    };
    return state;
  }

  #applyUrl(): void {
    const timeline = this.timeline;
    const state = this.#readUrl();
    if (!timeline || !state) return;
    // A history step fires popstate and hashchange both: the second finds nothing new.
    const w = this.#written;
    if (
      w &&
      w.selected === state.selected &&
      sameFilter(w.filter, state.filter) &&
      w.range?.[0] === state.range?.[0] &&
      w.range?.[1] === state.range?.[1]
    )
      return;
    // A range write still waiting would put the old range on the entry this one replaced.
    clearTimeout(this.#rangeTimer);
    this.#applying = true;
    try {
      if (!sameFilter(timeline.filter, state.filter)) timeline.filter = state.filter;
      timeline.selected = state.selected;
      if (state.range) timeline.zoomTo(state.range[0], state.range[1]);
      else if (this.#written?.range) timeline.resetZoom();
      this.#written = state;
    } finally {
      this.#applying = false;
    }
  }

  #writeUrl(state: ViewState, push: boolean): void {
    // Other explorers' keys stay; a plain fragment (no key=value) is replaced.
    const params = new URLSearchParams(location.hash.includes('=') ? location.hash.slice(1) : '');
    const set = (name: string, value: string | undefined) =>
      value === undefined ? params.delete(this.#key(name)) : params.set(this.#key(name), value);
    set('selected', state.selected || undefined);
    set('from', state.range && iso(state.range[0]));
    set('to', state.range && iso(state.range[1]));
    set('categories', state.filter.categories?.join(','));
    set('actors', state.filter.actors?.join(','));
    // Commas stay readable in the address bar.
    const hash = `#${params.toString().replace(/%2C/g, ',')}`;
    this.#written = state;
    if (hash === location.hash || (hash === '#' && !location.hash)) return;
    if (push) history.pushState(history.state, '', hash);
    else history.replaceState(history.state, '', hash);
  }

  readonly #onTimelineUpdate = (): void => {
    const timeline = this.#linked;
    if (!this.syncUrl || this.#applying || !timeline) return;
    const [a, b] = timeline.visibleRange;
    const [d0, d1] = timeline.fullRange;
    const range: [number, number] | undefined = a <= d0 && b >= d1 ? undefined : [a, b];
    const state: ViewState = { selected: timeline.selected, range, filter: cleanFilter(timeline.filter) };
    const last = this.#written;
    // A new selection or filter is a step back and forward go through; a new range replaces the
    // current step once it has rested a moment (a zoom moves it every frame).
    if (!last || last.selected !== state.selected || !sameFilter(last.filter, state.filter)) {
      clearTimeout(this.#rangeTimer);
      this.#writeUrl(state, !!last);
    } else if (last.range?.[0] !== range?.[0] || last.range?.[1] !== range?.[1]) {
      clearTimeout(this.#rangeTimer);
      this.#rangeTimer = window.setTimeout(() => this.#writeUrl(state, false), 300);
    }
  };

  readonly #onUrlChange = (): void => {
    if (this.syncUrl) this.#applyUrl();
  };
}
