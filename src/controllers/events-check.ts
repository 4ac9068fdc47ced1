import {
  html,
  nothing,
  render,
  type ReactiveController,
  type ReactiveControllerHost,
  type RenderOptions,
  type PropertyDeclaration,
} from 'lit';
import type { CheckedEvents } from '../data/check.js';
import type { DatasetError } from '../data/errors.js';
import { forgetSound, namesProblems, soundList, vouch } from '../data/sound.js';
import type { ChronicleEvent } from '../data/types.js';
import { ChronicleErrorEvent } from '../events/data.js';
import { translator, type Translate } from '../i18n/words.js';
import { describeError, said } from '../data/said.js';
import { dataStateTemplate, leftOutTemplate, notShown, warningTemplate, type DataState } from './data-source.js';

const english = translator(undefined, 'en');
const NAMES = ['actors', 'places'] as const;
/** The headline of the warning about names given that cannot be used, in the words of `t`. */
const notUsed = (t: Translate) => ({
  actors: t('Actors given that cannot be used:'),
  places: t('Places given that cannot be used:'),
});

/** An element that takes events as a property and may be `strict` about them. */
export interface EventsHost extends ReactiveControllerHost, HTMLElement {
  readonly events?: readonly ChronicleEvent[];
  readonly strict: boolean;
  /** Names given by property, on the elements that take them. */
  readonly actors?: unknown;
  readonly places?: unknown;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: RenderOptions;
  requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void;
}

/**
 * Checks the host's `events` property: `events` gives what can be shown, `template` what to say
 * about the rest, and each value with problems is reported once, after the element shows it, as
 * `chronicle-error` (`partial` when the sound events are shown). Set to `null` or left unset,
 * `events` is not the host's data source.
 *
 * A sound list (the usual case) is known at once, by a quick check that allocates nothing. Anything
 * else is told apart by `checkEvents`, which loads on demand with the dataset parser (in the embed
 * bundle, the file beside it); until it has, the host shows that it is reading the events.
 *
 * It also says which of the host's `actors` and `places`, where it takes them, cannot be used, and
 * `guard` keeps whatever goes wrong while the host draws from reaching the page.
 */
export class EventsCheckController implements ReactiveController {
  #value?: unknown;
  #checked?: CheckedEvents;
  /** Settles once the value last seen has been checked. */
  reading: Promise<void> = Promise.resolve();

  /**
   * `handsOn`: the host hands its events and names on to its parts: events found sound need not be
   * checked again, and the parts say which names cannot be used (the host does not).
   */
  constructor(
    private readonly host: EventsHost,
    private readonly handsOn = false,
  ) {
    host.addController(this);
  }

  /** The check of `events`: `undefined` when it is unset, `'reading'` until it is known. */
  get checked(): CheckedEvents | 'reading' | undefined {
    const value = this.host.events as unknown;
    if (value === undefined || value === null) return undefined;
    if (value !== this.#value) this.#check(value);
    return this.#checked ?? 'reading';
  }

  #check(value: unknown): void {
    this.#value = value;
    this.#checked = undefined;
    // (A value that throws when read, such as a hostile Proxy, is for `checkEvents` to report.)
    let sound: boolean;
    try {
      sound = soundList(value);
    } catch {
      sound = false;
    }
    if (sound) {
      if (this.handsOn) vouch(value as object);
      this.#checked = { events: value as readonly ChronicleEvent[], problems: [], unusable: false };
      return;
    }
    const done = (checked: CheckedEvents) => {
      if (this.#value !== value) return;
      this.#checked = checked;
      if (this.handsOn) vouch(checked.events);
      this.host.requestUpdate();
    };
    this.reading = import('../data/parse.js').then(
      (m) => done(m.checkEvents(value)),
      () => {
        // The embed bundle copied without the parser's file beside it, or the network failed.
        const message = 'cannot be checked: the dataset parser did not load';
        done({ events: [], problems: [{ path: 'events', message }], unusable: true });
      },
    );
  }

  /**
   * Nothing of `events` is shown, and `template` says why: it is being read, none of it can be
   * shown, or it has problems and the host is strict.
   */
  get withheld(): boolean {
    const c = this.checked;
    return c === 'reading' || (c !== undefined && this.#refused(c));
  }

  #refused(c: CheckedEvents): boolean {
    return c.unusable || (this.host.strict && c.problems.length > 0);
  }

  /** The events to show from `events`: `undefined` when it is unset, none while read or when refused. */
  get events(): readonly ChronicleEvent[] | undefined {
    const c = this.checked;
    return c === undefined ? undefined : c === 'reading' || this.#refused(c) ? [] : c.events;
  }

  /** The error to show and report when `events` is refused. */
  #error(problems: readonly DatasetError[]): DataState & { status: 'error' } {
    const n = problems.length;
    const what = said(
      n === 1 ? 'The events given cannot be shown: {n} problem.' : 'The events given cannot be shown: {n} problems.',
      { n },
      n,
    );
    return { status: 'error', source: 'events', message: english(...what), said: what, errors: problems };
  }

  /**
   * What to show about `events`: that it is being read, the error when it is refused, else the
   * warning about what was left out (nothing when nothing was).
   */
  template(t: Translate, rtl: boolean) {
    const c = this.checked;
    // ("Reading events…", as for an inline child.)
    if (c === 'reading') return dataStateTemplate({ status: 'loading', source: 'inline' }, t, rtl);
    if (c && this.#refused(c)) return dataStateTemplate(this.#error(c.problems), t, rtl);
    return html`${c ? leftOutTemplate(c.problems, this.#total, t) : nothing}${this.namesTemplate(t)}`;
  }

  #names: Record<string, readonly [value: unknown, problems: readonly DatasetError[]]> = {};

  /** What is wrong in the host's `actors` or `places` (`key`): entries that are not `{ id, name }`. */
  #namesProblems(key: 'actors' | 'places'): readonly DatasetError[] {
    const value = this.handsOn ? undefined : this.host[key];
    const [seen, problems] = this.#names[key] ?? [];
    if (problems && seen === value) return problems;
    this.#names[key] = [value, namesProblems(key, value)];
    return this.#names[key][1];
  }

  /** The warning about names given that are passed over (nothing when none is). */
  namesTemplate(t: Translate) {
    return NAMES.map((key) => {
      const problems = this.#namesProblems(key);
      return problems.length ? warningTemplate(notUsed(t)[key], problems, t) : nothing;
    });
  }

  /**
   * `body` under what to say about `events`, or only that when nothing of them is shown. A host
   * `linked` to a timeline shows the timeline's items, and the timeline says what it left out of
   * them: the host says only which of its own names cannot be used.
   */
  around(body: () => unknown, t: Translate, rtl: boolean, linked = false) {
    if (linked) return html`${this.namesTemplate(t)}${body()}`;
    return this.withheld ? this.template(t, rtl) : html`${this.template(t, rtl)}${body()}`;
  }

  /** How many events were given. */
  get #total(): number {
    return (this.host.events as unknown[]).length;
  }

  #told?: CheckedEvents;
  #toldStrict = false;
  /** Events values checked again after the host failed to draw them (each is, once). */
  #again = new WeakSet<object>();
  /** What the host shows since it failed to draw, until it draws again. */
  #broken?: string;
  /** The failure last reported, and the events value it was drawn from (each is said once). */
  #toldBroken?: readonly [unknown, string];

  /**
   * Runs the host's update (`update`, its `performUpdate`) so that no failure in it reaches the page.
   * Events changed after they were found sound (a list the page changed in place, a getter that
   * answers differently the next time) are checked again, once, and shown as that check finds them.
   * Any other failure is shown in the element as an error until an update draws again, and reported
   * as `chronicle-error` (`source: 'draw'`), once for the events it was drawn from.
   */
  guard(update: () => void, t: Translate, rtl: boolean): void {
    try {
      update();
      this.#broken = undefined;
    } catch (e) {
      let value: unknown;
      try {
        value = this.host.events;
      } catch {
        // (An `events` that throws when read is for the check to report.)
      }
      if (typeof value === 'object' && value && !this.#again.has(value)) {
        this.#again.add(value);
        forgetSound(value);
        this.#value = undefined;
        // Drawn again as new events: the host derives everything from them afresh.
        this.host.requestUpdate('events', undefined, { hasChanged: () => true });
        return;
      }
      // (Once broken, what fails next may be a consequence: the first failure is the one to tell.)
      const reason = this.#broken ?? describeError(e).slice(0, 500);
      // (Not the events' fault, as far as can be told: they were checked again, or there are none.)
      const source = 'draw';
      const what = said('The data could not be drawn.', {});
      const errors = [{ path: '', message: reason }];
      const message = english(...what);
      const state = { status: 'error', source, message, said: what, errors } as const;
      render(dataStateTemplate(state, t, rtl), this.host.renderRoot, this.host.renderOptions);
      this.#broken = reason;
      const [toldValue, toldReason] = this.#toldBroken ?? [];
      if (toldValue === value && toldReason === reason) return;
      this.#toldBroken = [value, reason];
      this.host.dispatchEvent(new ChronicleErrorEvent({ message, errors, source, partial: false }));
    }
  }

  #toldNames: Record<string, readonly DatasetError[]> = {};

  hostUpdated(): void {
    for (const key of NAMES) {
      const problems = this.#namesProblems(key);
      if (problems === this.#toldNames[key]) continue;
      this.#toldNames[key] = problems;
      const message = notUsed(english)[key];
      if (problems.length)
        this.host.dispatchEvent(new ChronicleErrorEvent({ message, errors: problems, source: key, partial: true }));
    }
    const c = this.checked;
    if (typeof c !== 'object' || c.problems.length === 0) return;
    if (this.#told === c && this.#toldStrict === this.host.strict) return;
    this.#told = c;
    this.#toldStrict = this.host.strict;
    const partial = !this.#refused(c);
    const message = partial ? english(...notShown(c.problems, this.#total)) : this.#error(c.problems).message;
    this.host.dispatchEvent(new ChronicleErrorEvent({ message, errors: c.problems, source: 'events', partial }));
  }
}
