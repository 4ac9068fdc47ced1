import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { categoryColor } from '../../core/categories.js';
import { filterEvents, type ChronicleFilter } from '../../core/filter.js';
import { timeOrder, yearOf } from '../../core/overview.js';
import { LinkController } from '../../controllers/link.js';
import { LocaleData } from '../locale.js';
import type { ChronicleEvent } from '../../data/types.js';
import { ChronicleSelectEvent } from '../../events/select.js';
import { dataStateStyles, sharedStyles } from '../shared.styles.js';
import { EventsCheckController } from '../../controllers/events-check.js';
import { roveFocus } from '../roving.js';

interface YearGroup {
  readonly year: number | null;
  readonly items: readonly ChronicleEvent[];
}

/**
 * Every shown item as an ordered list grouped by year, in time order, each with its date, title,
 * summary and source: the reading path for screen readers, print and very narrow screens. The list
 * is one tab stop; the arrow keys move between items, `Home` and `End` to the first and last, and
 * `Enter` or `Space` selects.
 *
 * Alone it lists `events` (the shipped dataset when unset) through `filter`, marking `selected`.
 * With `for="timeline-id"` it follows that timeline's items, filter and selection, and selecting
 * here selects there.
 *
 * @summary The events as a list grouped by year, in sync with selection and filters.
 * @tag chronicle-list
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it the element follows the reader's system (`prefers-color-scheme`).
 * @fires {ChronicleSelectEvent} chronicle-select - Unlinked only: the reader selected an item; `detail.item` is it. Linked, the timeline fires it.
 *
 * @csspart base - The list's `<section>`.
 * @csspart year - Each year's heading.
 * @csspart item - Each item's `<li>`.
 * @csspart item-selected - The selected item's `<li>`.
 * @csspart item-button - Each item's button (date and title).
 * @csspart empty - The message shown when no item is shown.
 *
 * @cssprop [--chronicle-background=Canvas] - Background.
 * @cssprop [--chronicle-color=CanvasText] - Text colour.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring colour.
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--chronicle-font-size=12px] - Base font size.
 */
export class ChronicleList extends LitElement {
  static override styles = [
    dataStateStyles,
    sharedStyles,
    css`
      h3 {
        margin: 12px 0 4px;
        font-size: 1.15em;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding-block: 4px 6px;
        padding-inline: 10px 0;
        border-inline-start: 3px solid var(--_c);
        margin-bottom: 4px;
      }
      li.selected {
        background: var(--_tint);
        border-inline-start-width: 6px;
      }
      button {
        display: block;
        width: 100%;
        padding: 0;
        border: 0;
        background: none;
        text-align: start;
        cursor: pointer;
      }
      .date {
        display: block;
        color: var(--_muted);
      }
      .title {
        font-weight: 600;
      }
      li.selected .title {
        text-decoration: underline;
      }
      p {
        margin: 2px 0 0;
        line-height: 1.4;
      }
      .source {
        color: var(--_muted);
      }
      @media print {
        button {
          cursor: auto;
        }
      }
    `,
  ];

  /** Id of the timeline to follow, in the same document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The items to list. When unset, the shipped Syria dataset's events (or the linked timeline's). */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse `events` with any problem: the element shows the error instead of the sound events.
   * By default events with problems are left out, and `chronicle-error` reports them (`partial: true`).
   */
  @property({ type: Boolean }) strict = false;
  readonly #check = new EventsCheckController(this);

  /** Which items to list (see the timeline's `filter`). */
  @property({ attribute: false }) filter: ChronicleFilter = {};

  /** Id of the selected item, or empty for none. */
  @property() selected = '';

  /** Accessible name of the list. */
  @property() label = 'Events';

  @state() private linkedItems?: readonly ChronicleEvent[];

  readonly #link = new LinkController(this, (timeline) => {
    if (timeline.items !== this.linkedItems) this.linkedItems = timeline.items;
    if (timeline.filter !== this.filter) this.filter = timeline.filter;
    this.selected = timeline.selected;
  });

  #groups: YearGroup[] = [];
  #shown: ChronicleEvent[] = [];
  /** The item that carries the list's one tab stop. */
  #tabStop = '';

  /** The shipped dataset in the element's language, read when no other data is given. */
  readonly #locale = new LocaleData(this);

  protected override willUpdate(changed: PropertyValues): void {
    const shipped = this.#locale.refresh();
    if (
      shipped ||
      changed.has('events') ||
      changed.has('strict') ||
      changed.has('linkedItems') ||
      changed.has('filter') ||
      this.#groups.length === 0
    ) {
      this.#shown = timeOrder(
        filterEvents(this.linkedItems ?? this.#check.events ?? this.#locale.dataset.events, this.filter),
      );
      const groups: { year: number | null; items: ChronicleEvent[] }[] = [];
      for (const e of this.#shown) {
        const year = yearOf(e);
        if (groups.at(-1)?.year !== year) groups.push({ year, items: [] });
        groups.at(-1)!.items.push(e);
      }
      this.#groups = groups;
    }
    if (!this.#shown.some((e) => e.id === this.#tabStop)) this.#tabStop = '';
    if (changed.has('selected') && this.#shown.some((e) => e.id === this.selected)) this.#tabStop = this.selected;
    if (!this.#tabStop) this.#tabStop = this.#shown[0]?.id ?? '';
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
    const t = this.#locale.t;
    if (this.#shown.length === 0) return html`<p part="empty" class="empty">${t('No events to list.')}</p>`;
    return html`<section part="base" aria-label=${t(this.label)} @keydown=${this.#onKeyDown}>
      ${this.#groups.map(
        (g) =>
          html`<h3 part="year">${g.year ?? t('Undated')}</h3>
            <ol>
              ${g.items.map((e) => {
                const selected = e.id === this.selected;
                return html`<li
                  part=${selected ? 'item item-selected' : 'item'}
                  class=${selected ? 'selected' : ''}
                  .style=${`--_c:${categoryColor(e)}`}
                >
                  <button
                    type="button"
                    part="item-button"
                    data-id=${e.id}
                    tabindex=${e.id === this.#tabStop ? 0 : -1}
                    aria-pressed=${selected ? 'true' : 'false'}
                    @click=${() => this.#choose(e.id)}
                  >
                    <span class="date">${this.#locale.when(e.when)}</span>
                    <span class="title">${e.title}</span>
                  </button>
                  <p>${e.summary}</p>
                  <p class="source">${t('According to {who}.', { who: e.source.attribution })}</p>
                </li>`;
              })}
            </ol>`,
      )}
    </section>`;
  }

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    const next = roveFocus(e, [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-id]')]);
    if (next) this.#tabStop = next.dataset.id!;
  };

  #choose(id: string): void {
    this.#tabStop = id;
    const timeline = this.#link.timeline;
    if (timeline) {
      timeline.select(id);
      return;
    }
    this.selected = id;
    this.dispatchEvent(new ChronicleSelectEvent({ item: this.#shown.find((e) => e.id === id) ?? null }));
  }
}
