import { namedList } from '../../data/sound.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { categoryColor, CATEGORY_LABELS } from '../../core/categories.js';
import { filterEvents, type ChronicleFilter } from '../../core/filter.js';
import { timeOrder } from '../../core/overview.js';
import { indexRelations, type RelationIndex } from '../../core/relations.js';
import { LinkController } from '../../controllers/link.js';
import { LocaleData } from '../locale.js';
import { isRtl } from '../language.js';
import type { Translate } from '../../i18n/words.js';
import type { Actor, ChronicleEvent, Place } from '../../data/types.js';
import { ChronicleSelectEvent } from '../../events/select.js';
import { dataStateStyles, sharedStyles } from '../shared.styles.js';
import { EventsCheckController } from '../../controllers/events-check.js';
import { cardStyles } from './card.styles.js';
import { isWebAddress } from '../../data/sound.js';

/** Where in the report: "picture caption" for paragraph 0, else "paragraph 4" or "paragraphs 4 and 5". */
function paragraphsText(paragraphs: readonly number[], t: Translate): string {
  const caption = paragraphs.includes(0) ? [t('the picture caption')] : [];
  const numbered = paragraphs.filter((p) => p > 0);
  const and = t(' and ');
  const words =
    numbered.length === 0
      ? []
      : [
          numbered.length === 1
            ? t('paragraph {n}', { n: numbered[0]! })
            : t('paragraphs {n}', { n: `${numbered.slice(0, -1).join(', ')}${and}${numbered.at(-1)}` }),
        ];
  return [...caption, ...words].join(and);
}

/**
 * Everything about one item: its title, its date written with its true precision and as the page's
 * language writes dates ("December 2016", "between 25 November and 1 December 2024", "since 2022,
 * ongoing"; the nearest `lang` attribute, else English), summary, actors and places, who
 * says so, what disputes or supports it (as links to those items), where in the report it comes
 * from, and the items before and after it in time.
 *
 * Alone it shows `selected` among `events` (the shipped dataset when unset). With `for="timeline-id"`
 * it follows that timeline's items and selection, and choosing a linked item selects it there.
 *
 * @summary The detail card for the selected item.
 * @tag chronicle-card
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it the element follows the reader's system (`prefers-color-scheme`).
 * @fires {ChronicleSelectEvent} chronicle-select - Unlinked only: the reader chose another item (a link, previous or next); `detail.item` is it. Linked, the timeline fires it.
 *
 * @csspart base - The card's `<article>`.
 * @csspart title - The item's title.
 * @csspart date - The item's date.
 * @csspart summary - The item's summary.
 * @csspart details - The list of actors, places, sources and links.
 * @csspart link - Each button that selects a linked item.
 * @csspart source-link - The link to where the source can be read, when the item gives an http(s) address (`source.url`).
 * @csspart nav - The previous and next buttons.
 * @csspart hidden-note - The note shown when the filter hides the item shown.
 * @csspart empty - The message shown when nothing is selected.
 *
 * @cssprop [--chronicle-background=Canvas] - Background.
 * @cssprop [--chronicle-color=CanvasText] - Text colour.
 * @cssprop [--chronicle-focus-color=Highlight mixed 60:40 with the text colour] - Focus ring colour.
 * @cssprop [--chronicle-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--chronicle-font-size=12px] - Base font size.
 */
export class ChronicleCard extends LitElement {
  static override styles = [dataStateStyles, sharedStyles, cardStyles];

  /** Id of the timeline to follow, in the same document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The items to read from. When unset, the shipped Syria dataset's events (or the linked timeline's). */
  @property({ attribute: false }) events?: readonly ChronicleEvent[];

  /**
   * Refuse `events` with any problem: the element shows the error instead of the sound events.
   * By default events with problems are left out, and `chronicle-error` reports them (`partial: true`).
   */
  @property({ type: Boolean }) strict = false;
  readonly #check = new EventsCheckController(this);

  /** Actor names. When unset, the shipped dataset's (or the linked timeline's). */
  @property({ attribute: false }) actors?: readonly Actor[];

  /** Place names. When unset, the shipped dataset's (for the shipped dataset's items). */
  @property({ attribute: false }) places?: readonly Place[];

  /**
   * Which items previous and next step through, and links may select (see the timeline's `filter`);
   * the shown item itself is always shown.
   */
  @property({ attribute: false }) filter: ChronicleFilter = {};

  /** Id of the item shown, or empty for none. */
  @property() selected = '';

  /** Text shown when nothing is selected. */
  @property({ attribute: 'empty-text' }) emptyText = 'Select an event to read about it.';

  @state() private linkedItems?: readonly ChronicleEvent[];
  @state() private linkedActors?: readonly Actor[];

  readonly #link = new LinkController(this, (timeline) => {
    if (timeline.items !== this.linkedItems) this.linkedItems = timeline.items;
    if (timeline.actorList !== this.linkedActors) this.linkedActors = timeline.actorList;
    if (timeline.filter !== this.filter) this.filter = timeline.filter;
    this.selected = timeline.selected;
  });

  /** The items the filter lets through, in time order. */
  #order: ChronicleEvent[] = [];
  /** The item whose title takes focus if the control the reader used is gone once it shows. */
  #keepFocus = '';
  #shownIds = new Set<string>();
  #byId = new Map<string, ChronicleEvent>();
  #relations: RelationIndex = indexRelations([]);
  #actorNames = new Map<string, string>();
  #placeNames = new Map<string, string>();

  get #items(): readonly ChronicleEvent[] {
    return this.linkedItems ?? this.#check.events ?? this.#locale.dataset.events;
  }

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
      this.#order.length === 0
    ) {
      this.#order = timeOrder(filterEvents(this.#items, this.filter));
      this.#shownIds = new Set(this.#order.map((e) => e.id));
      this.#byId = new Map(this.#items.map((e) => [e.id, e]));
      this.#relations = indexRelations(this.#items);
    }
    if (
      shipped ||
      changed.has('actors') ||
      changed.has('linkedActors') ||
      changed.has('events') ||
      changed.has('strict') ||
      this.#actorNames.size === 0
    ) {
      const actors =
        this.linkedActors ?? namedList<Actor>(this.actors) ?? (this.events ? [] : this.#locale.dataset.actors);
      this.#actorNames = new Map(actors.map((a) => [a.id, a.name]));
    }
    if (
      shipped ||
      changed.has('places') ||
      changed.has('events') ||
      changed.has('strict') ||
      changed.has('linkedItems') ||
      this.#placeNames.size === 0
    ) {
      // The shipped dataset's places name only the shipped dataset's items.
      const { events, places } = this.#locale.dataset;
      this.#placeNames = new Map(
        (namedList<Place>(this.places) ?? (this.#items === events ? places : [])).map((p) => [p.id, p.name]),
      );
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
    const item = this.#byId.get(this.selected);
    const t = this.#locale.t;
    // Arrows point the way the buttons sit: previous at the start of the line.
    const [back, ahead] = isRtl(this) ? ['→', '←'] : ['←', '→'];
    if (!item) return html`<p part="empty" class="empty" role="status">${t(this.emptyText)}</p>`;
    // Neighbours in time among the items shown (the shown item may itself be filtered out).
    const index = this.#order.indexOf(item);
    const after = index >= 0 ? index + 1 : this.#order.findIndex((e) => timeOrder([e, item])[0] === item);
    const previous = index >= 0 ? this.#order[index - 1] : this.#order[(after < 0 ? this.#order.length : after) - 1];
    const next = after < 0 ? undefined : this.#order[after];
    const disputedBy = this.#relations.disputedBy.get(item.id) ?? [];
    const outgoing = item.relations ?? [];
    const linkList = (ids: readonly string[]) =>
      html`<ul>
        ${ids.map((id) => {
          const other = this.#byId.get(id);
          if (!other) return nothing;
          const title = this.#shownIds.has(id)
            ? html`<button type="button" part="link" class="link" @click=${() => this.#choose(id)}>
                ${other.title}
              </button>`
            : html`${other.title} ${t('(hidden by the filter)')}`;
          return html`<li>${title} ${t('(according to {who})', { who: other.source.attribution })}</li>`;
        })}
      </ul>`;
    const disputes = outgoing.filter((r) => r.type === 'disputes' && this.#byId.has(r.target)).map((r) => r.target);
    const supports = outgoing.filter((r) => r.type === 'supports' && this.#byId.has(r.target)).map((r) => r.target);
    const supportedBy = this.#relations.supportedBy.get(item.id) ?? [];
    const names = (ids: readonly string[], table: Map<string, string>) =>
      ids.map((id) => table.get(id) ?? id).join(t(', '));
    return html`<article part="base" .style=${`--_c:${categoryColor(item)}`} aria-label=${item.title}>
      <h2 part="title" tabindex="-1">${item.title}</h2>
      <p part="date" class="date">${this.#locale.when(item.when)} · ${t(CATEGORY_LABELS[item.category])}</p>
      <p part="summary" class="summary">${item.summary}</p>
      ${
        this.#shownIds.has(item.id)
          ? nothing
          : html`<p part="hidden-note" class="hidden-note">${t('The filter hides this item.')}</p>`
      }
      <dl part="details">
        ${
          item.actors.length
            ? html`<dt>${t('Actors')}</dt>
                <dd>${names(item.actors, this.#actorNames)}</dd>`
            : nothing
        }
        ${
          item.places.length
            ? html`<dt>${t('Places')}</dt>
                <dd>${names(item.places, this.#placeNames)}</dd>`
            : nothing
        }
        <dt>${t('Who says so')}</dt>
        <dd>${t('According to {who}', { who: item.source.attribution })}</dd>
        ${
          disputedBy.length
            ? html`<dt>${t('Disputed by')}</dt>
                <dd>${linkList(disputedBy)}</dd>`
            : nothing
        }
        ${
          disputes.length
            ? html`<dt>${t('Disputes')}</dt>
                <dd>${linkList(disputes)}</dd>`
            : nothing
        }
        ${
          supportedBy.length
            ? html`<dt>${t('Supported by')}</dt>
                <dd>${linkList(supportedBy)}</dd>`
            : nothing
        }
        ${
          supports.length
            ? html`<dt>${t('Supports')}</dt>
                <dd>${linkList(supports)}</dd>`
            : nothing
        }
        <dt>${t('Source')}</dt>
        <dd>${sourceTemplate(item, t)}</dd>
        <dt>${t('Dated by')}</dt>
        ${
          item.dateBasis.words
            ? html`<dd><span lang="en" dir="ltr">“${item.dateBasis.words}”</span>: ${item.dateBasis.note}</dd>`
            : html`<dd>${item.dateBasis.note}</dd>`
        }
      </dl>
      <nav part="nav" aria-label=${t('Before and after {title}', { title: item.title })}>
        <button
          type="button"
          class="previous"
          ?disabled=${!previous}
          @click=${() => previous && this.#choose(previous.id)}
        >
          ${back}
          ${previous ? html`<span class="visually-hidden">${t('Previous:')} </span>${previous.title}` : t('Previous')}
        </button>
        <button type="button" class="next" ?disabled=${!next} @click=${() => next && this.#choose(next.id)}>
          ${next ? html`<span class="visually-hidden">${t('Next:')} </span>${next.title}` : t('Next')} ${ahead}
        </button>
      </nav>
    </article>`;
  }

  protected override updated(): void {
    if (!this.#keepFocus || this.#keepFocus !== this.selected) return;
    this.#keepFocus = '';
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (!active || active.disabled) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The reader chose another item: the linked timeline selects it, or this card shows it and says so. */
  #choose(id: string): void {
    // The control the reader used may go (a link of the old item) or be disabled (Next at the end):
    // once the new item shows, focus goes to its title rather than to the page.
    this.#keepFocus = id;
    const timeline = this.#link.timeline;
    if (timeline) {
      timeline.select(id);
      return;
    }
    this.selected = id;
    this.dispatchEvent(new ChronicleSelectEvent({ item: this.#byId.get(id) ?? null }));
  }
}

/** Where in the report an item comes from: a link when it gives an http(s) address, and only then. */
function sourceTemplate(item: ChronicleEvent, t: Translate) {
  const where = t('The report, {where}', { where: paragraphsText(item.source.paragraphs, t) });
  // Read once, and only as text: a value that turns into other text each time it is read cannot pass
  // the check as one address and be linked as another. (Checked again here: a link is made from data
  // only to a web address, whatever the data's path.)
  const url: unknown = item.source.url;
  return typeof url === 'string' && isWebAddress(url)
    ? html`<a part="source-link" href=${url} rel="noopener noreferrer">${where}</a>`
    : where;
}
