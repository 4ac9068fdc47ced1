import { namedList } from '../../data/sound.js';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CATEGORY_LABELS, categoryColor } from '../../core/categories.js';
import { CATEGORY_SHAPES, shapePath } from '../../core/shapes.js';
import { cleanFilter, countBy, toggleFilter, type ChronicleFilter } from '../../core/filter.js';
import { LinkController } from '../../controllers/link.js';
import { LocaleData } from '../locale.js';
import { CATEGORIES, type Actor, type Category, type ChronicleEvent } from '../../data/types.js';
import { ChronicleFilterChangeEvent } from '../../events/filter-change.js';
import { dataStateStyles, sharedStyles } from '../shared.styles.js';
import { EventsCheckController } from '../../controllers/events-check.js';
import { roveFocus, takeStop } from '../roving.js';

/**
 * The categories (with the colours the timeline draws them in) and the actors, each with how many
 * items it has, as toggle buttons that filter what every linked element shows. Pressing one narrows
 * to items with it; pressing more widens within that kind; releasing the last shows everything. The
 * legend is one tab stop: the arrow keys move between its toggles, Home and End to the ends.
 *
 * Alone it counts `events` (the shipped dataset when unset) and keeps its own `filter`. With
 * `for="timeline-id"` it counts that timeline's items and applies the filter there, so every element
 * linked to the timeline follows.
 *
 * @summary Categories and actors with counts and colours, as filter toggles.
 * @tag chronicle-legend
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it the element follows the reader's system (`prefers-color-scheme`).
 * @fires {ChronicleFilterChangeEvent} chronicle-filter-change - Unlinked only: the reader changed the filter; `detail.filter` is it. Linked, the timeline fires it.
 *
 * @csspart base - The legend's toolbar.
 * @csspart group - Each group (categories, actors).
 * @csspart toggle - Each toggle button.
 * @csspart toggle-pressed - Each pressed toggle button.
 * @csspart count - Each item count.
 * @csspart reset - The "Show all" button.
 * @csspart note - How many actors `min-count` leaves out.
 * @csspart empty - The message shown when there are no items.
 *
 * @cssprop [--chronicle-background=Canvas] - Background.
 * @cssprop [--chronicle-color=CanvasText] - Text colour.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring colour.
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--chronicle-font-size=12px] - Base font size.
 * @cssprop [--chronicle-color-armed-conflict=#D55E00] - Colour of the armed-conflict category (and the same for every category, as on the timeline).
 */
export class ChronicleLegend extends LitElement {
  static override styles = [
    dataStateStyles,
    sharedStyles,
    css`
      .base {
        display: grid;
        gap: 8px;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0 0 4px;
        font-weight: 600;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .toggle {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        padding: 3px 8px;
        border: 1px solid var(--_line);
        border-radius: 999px;
        background: var(--_bg);
        cursor: pointer;
      }
      .toggle[aria-pressed='true'] {
        border-color: var(--_fg);
        background: var(--_tint);
        font-weight: 600;
        box-shadow: inset 0 0 0 1px var(--_fg);
      }
      .count {
        color: var(--_muted);
        font-variant-numeric: tabular-nums;
      }
      .note {
        margin: 4px 0 0;
        color: var(--_muted);
      }
      .reset {
        justify-self: start;
        margin-top: 4px;
        padding: 3px 8px;
        border: 1px solid var(--_line);
        border-radius: 4px;
        background: var(--_bg);
        cursor: pointer;
      }
    `,
  ];

  /** Id of the timeline to filter, in the same document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The items to count. When unset, the shipped Syria dataset's events (or the linked timeline's). */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse `events` with any problem: the element shows the error instead of the sound events.
   * By default events with problems are left out, and `chronicle-error` reports them (`partial: true`).
   */
  @property({ type: Boolean }) strict = false;
  readonly #check = new EventsCheckController(this);

  /** Actor names. When unset, the shipped dataset's (or the linked timeline's). */
  @property({ attribute: false }) actors?: readonly Actor[];

  /** The filter the toggles show (see the timeline's `filter`). */
  @property({ attribute: false }) filter: ChronicleFilter = {};

  /** Show actors with at least this many items (the rest are counted in a note). */
  @property({ type: Number, attribute: 'min-count' }) minCount = 1;

  @state() private linkedItems?: readonly ChronicleEvent[];
  @state() private linkedActors?: readonly Actor[];

  readonly #link = new LinkController(this, (timeline) => {
    if (timeline.items !== this.linkedItems) this.linkedItems = timeline.items;
    if (timeline.actorList !== this.linkedActors) this.linkedActors = timeline.actorList;
    if (timeline.filter !== this.filter) this.filter = timeline.filter;
  });

  #counts = countBy([]);
  #actorRows: { id: string; name: string; count: number }[] = [];
  /** Actors left out for having fewer than `minCount` items. */
  #fewer = 0;

  /** The shipped dataset in the element's language, read when no other data is given. */
  readonly #locale = new LocaleData(this);

  protected override willUpdate(changed: PropertyValues): void {
    const shipped = this.#locale.refresh();
    if (
      changed.has('events') ||
      changed.has('strict') ||
      changed.has('linkedItems') ||
      changed.has('actors') ||
      changed.has('linkedActors') ||
      changed.has('minCount') ||
      shipped ||
      this.#actorRows.length === 0
    ) {
      this.#counts = countBy(this.linkedItems ?? this.#check.events ?? this.#locale.dataset.events);
      const names = new Map(
        (this.linkedActors ?? namedList<Actor>(this.actors) ?? (this.events ? [] : this.#locale.dataset.actors)).map(
          (a) => [a.id, a.name],
        ),
      );
      this.#fewer = [...this.#counts.actors.values()].filter((count) => count < this.minCount).length;
      this.#actorRows = [...this.#counts.actors]
        .filter(([, count]) => count >= this.minCount)
        .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
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
    const t = this.#locale.t;
    if (this.#counts.categories.size === 0) return html`<p part="empty" class="empty">${t('No events to filter.')}</p>`;
    const filter = cleanFilter(this.filter);
    const { categories, actors } = filter;
    const toggle = (key: keyof ChronicleFilter, value: string, label: string, count: number, category?: Category) => {
      const pressed = (filter[key] as readonly string[] | undefined)?.includes(value) ?? false;
      return html`<li>
        <button
          type="button"
          class="toggle"
          part=${pressed ? 'toggle toggle-pressed' : 'toggle'}
          aria-pressed=${pressed ? 'true' : 'false'}
          tabindex=${`${key}:${value}` === this.#tabStop ? 0 : -1}
          data-key=${key}
          data-value=${value}
          @click=${() => this.#change(toggleFilter(this.filter, key, value))}
        >
          ${
            category
              ? html`<svg
                  class="swatch"
                  viewBox="-6 -6 12 12"
                  .style=${`--_c:${categoryColor({ category })}`}
                  aria-hidden="true"
                >
                  <path d=${shapePath(CATEGORY_SHAPES[category], 0, 0, 4.5)}></path>
                </svg>`
              : nothing
          }
          <span
            >${label}<span class="visually-hidden"
              >${t(count === 1 ? ', {n} item' : ', {n} items', { n: count }, count)}</span
            ></span
          >
          <span part="count" class="count" aria-hidden="true">${count}</span>
        </button>
      </li>`;
    };
    if (!this.#tabStop) {
      const first = CATEGORIES.find((c) => this.#counts.categories.has(c));
      this.#tabStop = `categories:${first}`;
    }
    return html`<div
      part="base"
      class="base"
      role="toolbar"
      aria-label=${t('Filter')}
      @keydown=${this.#onKeyDown}
      @focusin=${this.#onFocusIn}
    >
      <fieldset part="group">
        <legend>${t('Categories')}</legend>
        <ul>
          ${CATEGORIES.filter((c) => this.#counts.categories.has(c)).map((c) =>
            toggle('categories', c, t(CATEGORY_LABELS[c]), this.#counts.categories.get(c)!, c),
          )}
        </ul>
      </fieldset>
      <fieldset part="group">
        <legend>${t('Actors')}</legend>
        <ul>
          ${this.#actorRows.map((a) => toggle('actors', a.id, a.name, a.count))}
        </ul>
        ${
          this.#fewer
            ? html`<p part="note" class="note">
                ${t(
                  this.#fewer === 1
                    ? 'and {n} actor with fewer than {min} items'
                    : 'and {n} actors with fewer than {min} items',
                  { n: this.#fewer, min: this.minCount },
                  this.#fewer,
                )}
              </p>`
            : nothing
        }
      </fieldset>
      ${
        categories || actors
          ? html`<button
              type="button"
              part="reset"
              class="reset"
              tabindex=${this.#tabStop === 'reset' ? 0 : -1}
              @click=${this.#showAll}
            >
              ${t('Show all')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The toggle that carries the legend's one tab stop, as `key:value`. */
  #tabStop = '';

  readonly #onFocusIn = (e: FocusEvent): void => {
    const b = e.target as HTMLElement;
    this.#tabStop = b.dataset.key ? `${b.dataset.key}:${b.dataset.value}` : 'reset';
    takeStop(b, this.#toggles());
  };

  #toggles(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle, button.reset')];
  }

  /** "Show all": the filter is cleared, and focus, which was on the button that now goes, moves to the first toggle. */
  readonly #showAll = (): void => {
    const hadFocus = this.shadowRoot?.activeElement?.classList.contains('reset');
    this.#change({});
    if (!hadFocus) return;
    this.#tabStop = '';
    void this.updateComplete.then(() => this.#toggles()[0]?.focus());
  };

  /** Arrow keys move between the toggles (the legend is one tab stop); Home and End to the ends. */
  readonly #onKeyDown = (e: KeyboardEvent): void => void roveFocus(e, this.#toggles());

  /** The reader changed the filter: the linked timeline applies it, or this legend keeps it and says so. */
  #change(filter: ChronicleFilter): void {
    const timeline = this.#link.timeline;
    if (timeline) {
      timeline.applyFilter(filter);
      return;
    }
    this.filter = filter;
    this.dispatchEvent(new ChronicleFilterChangeEvent({ filter }));
  }
}
