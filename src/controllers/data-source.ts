import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatDatasetError, type DatasetError } from '../data/errors.js';
import { leftOut, said, type Said, type SourceFailure } from '../data/said.js';
import type { ChronicleDataset } from '../data/types.js';
import { translator, type Translate } from '../i18n/words.js';
import { ChronicleDataLoadEvent, ChronicleErrorEvent } from '../events/data.js';

/** The largest dataset `src` may send: 20 MB of JSON (about 50,000 items). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/**
 * How long a `src` may take, from asking to the body's end, before it counts as failed (a server that
 * never answers, or never stops sending, would otherwise leave the element loading for ever). Kept
 * in an object so a test can shorten it.
 */
export const SOURCE_LIMITS = { timeoutMs: 60_000 };

export type DataState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly source: string }
  | {
      readonly status: 'ready';
      readonly source: string;
      readonly dataset: ChronicleDataset;
      /** The problems of the events left out (see `strict`); empty when none was. */
      readonly rejected: readonly DatasetError[];
      /** How many events the data had, left out or not. */
      readonly total: number;
    }
  | {
      readonly status: 'error';
      readonly source: string;
      /** In English, as `chronicle-error` gives it. */
      readonly message: string;
      /** The same, as words for the element to show in its language. */
      readonly said: Said;
      readonly errors: readonly DatasetError[];
    };

export { said, type Said } from '../data/said.js';
const english = translator(undefined, 'en');

/** The reader of datasets (with the parser), once loaded; a failure to load is said as the source's. */
async function reader(source: string): Promise<typeof import('../data/parse.js')> {
  try {
    return await import('../data/parse.js');
  } catch {
    // The embed bundle copied without the parser's file beside it, or the network failed.
    throw { said: said('{source} cannot be read: the dataset parser did not load.', { source }) } as SourceFailure;
  }
}

/**
 * Where an element's data comes from when its `events` property is not set: a `src` URL (fetched,
 * checked and parsed, with a loading state; a request still under way is cancelled when `src`
 * changes or the element leaves the page, so only the last answer counts) or a
 * `<script type="application/json">` child in the library's format. Failures become an error
 * state with a readable message, fired as `chronicle-error`; success fires `chronicle-data-load`.
 */
export class DataSourceController implements ReactiveController {
  state: DataState = { status: 'none' };
  #src = '';
  #inline?: DataState;
  #inlineText?: string;
  /** Settles once the inline child last seen has been read. */
  reading: Promise<void> = Promise.resolve();
  #request?: AbortController;
  #observer?: MutationObserver;
  #strict = false;
  /** Reads of an inline child begun: only the last one's result counts. */
  #reads = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { strict: boolean }) {
    host.addController(this);
  }

  /** The dataset to show, once one is ready. */
  get dataset(): ChronicleDataset | undefined {
    return this.state.status === 'ready' ? this.state.dataset : undefined;
  }

  /** Data was asked for by `src` or an inline child (so the shipped dataset is not the fallback). */
  get active(): boolean {
    return this.state.status !== 'none';
  }

  hostConnected(): void {
    this.#strict = this.host.strict;
    this.#readInline();
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back in the page after leaving mid-request: ask again.
    if (this.#src && this.state.status === 'loading') void this.#load(this.#src);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#request?.abort();
    this.#request = undefined;
  }

  /**
   * Follows the host's `src` and `strict` (call from `willUpdate`; with `''` while `events` is set,
   * which stops a request under way); an empty `src` falls back to an inline child. A change of
   * `strict` reads the data again.
   */
  setSrc(value: unknown): void {
    // Blank is none (an address of spaces would fetch the page itself), and so is no text at all (a
    // removed attribute).
    const src = typeof value === 'string' ? value.trim() : '';
    if (this.host.strict !== this.#strict) {
      this.#strict = this.host.strict;
      this.#inlineText = undefined;
      if (this.host.isConnected) this.#readInline();
      this.#src = '';
    }
    if (src === this.#src) return;
    this.#src = src;
    this.#request?.abort();
    this.#request = undefined;
    if (src) void this.#load(src);
    else this.#set(this.#inline ?? { status: 'none' });
  }

  #set(state: DataState): void {
    this.state = state;
    this.host.requestUpdate();
    // Said once the element shows it, and only if it is still the state then.
    void this.host.updateComplete.then(() => {
      if (this.state !== state) return;
      if (state.status === 'error') {
        const { message, errors, source } = state;
        this.host.dispatchEvent(new ChronicleErrorEvent({ message, errors, source, partial: false }));
      } else if (state.status === 'ready') {
        this.host.dispatchEvent(new ChronicleDataLoadEvent({ dataset: state.dataset, source: state.source }));
        const { rejected, total, source } = state;
        if (rejected.length) {
          const message = english(...notShown(rejected, total));
          this.host.dispatchEvent(new ChronicleErrorEvent({ message, errors: rejected, source, partial: true }));
        }
      }
    });
  }

  #readInline(): void {
    const script = [...this.host.children].find(
      (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json',
    );
    const text = script?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    const use = (next: DataState | undefined) => {
      this.#inline = next;
      if (!this.#src) this.#set(next ?? { status: 'none' });
    };
    const read = ++this.#reads;
    if (text === undefined) return use(undefined);
    // Loading (not the shipped data) until it is read; a newer read wins.
    use({ status: 'loading', source: 'inline' });
    const strict = this.#strict;
    this.reading = reader('The inline JSON')
      .then((m) => m.readDataset(text, 'The inline JSON', strict))
      .then(
        (data) => void (this.#reads === read && use({ status: 'ready', source: 'inline', ...data })),
        ({ said: what, errors = [] }: SourceFailure) =>
          void (
            this.#reads === read &&
            use({ status: 'error', source: 'inline', message: english(...what), said: what, errors })
          ),
      );
  }

  async #load(src: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.#set({ status: 'loading', source: src });
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      request.abort();
    }, SOURCE_LIMITS.timeoutMs);
    try {
      const m = await reader(src);
      const read = await m.fetchDataset(src, document.baseURI, request.signal, this.#strict, MAX_SOURCE_BYTES);
      if (this.#request === request) this.#set({ status: 'ready', source: src, ...read });
    } catch (e) {
      // A newer `src`, or the element leaving the page, cancelled this one: its answer no longer counts.
      if (this.#request !== request || (request.signal.aborted && !late)) return;
      // Too slow: said so, whatever the aborted request threw.
      const slow = said('Could not load {src}: no complete answer within {s} seconds.', {
        src,
        s: Math.round(SOURCE_LIMITS.timeoutMs / 1000),
      });
      // Anything else that went wrong (a body that could not be read) is a failed load.
      const { said: what = said('Could not load {src}.', { src }), errors = [] } = late
        ? { said: slow }
        : (e as Partial<SourceFailure>);
      this.#set({ status: 'error', source: src, message: english(...what), said: what, errors });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The words for events left out of `total` because of `problems`. */
export const notShown = (problems: readonly DatasetError[], total: number): Said => {
  const n = leftOut(problems);
  return said('Not shown: {n} of {total} events, because of these problems:', { n, total }, n);
};

/** How many problems an error lists before saying how many more there are. */
const LISTED = 8;

/** Each problem (English, with its path: it is for whoever wrote the data), the first few of them. */
function problemList(errors: readonly DatasetError[], t: Translate) {
  const more = errors.length - LISTED;
  return html`<ul>
    ${errors.slice(0, LISTED).map((e) => html`<li lang="en" dir="ltr">${formatDatasetError(e)}</li>`)}
    ${more > 0 ? html`<li>${t('and {n} more.', { n: more }, more)}</li>` : nothing}
  </ul>`;
}

/**
 * The warning shown above what data is shown when some of its events were left out (unless the
 * element is `strict`, which refuses such data instead).
 */
export function leftOutTemplate(problems: readonly DatasetError[], total: number, t: Translate) {
  return problems.length === 0 ? nothing : warningTemplate(t(...notShown(problems, total)), problems, t);
}

/** A warning: `message`, then each of `problems`. */
export function warningTemplate(message: string, problems: readonly DatasetError[], t: Translate) {
  return html`<div part="warning" class="warning" role="status">
    <p>${message}</p>
    ${problemList(problems, t)}
  </div>`;
}

/**
 * The loading or error message for `state` in the element's language (`t`), the warning about the
 * events left out when data is ready but some were, or nothing when none were or no data was asked
 * for. Each problem in a dataset stays in English, with its path: it is for whoever wrote the file.
 */
export function dataStateTemplate(state: DataState, t: Translate, rtl = false) {
  // In right-to-left text an address or a status ("../a.json", "404 Not Found") keeps its own order.
  const own = (v: string | number) => (rtl && typeof v === 'string' ? `\u2068${v}\u2069` : v);
  if (state.status === 'loading') {
    const text =
      state.source === 'inline'
        ? t('Reading events…')
        : t('Loading events from {source}…', { source: own(state.source) });
    return html`<p part="status" class="status" role="status">${text}</p>`;
  }
  if (state.status === 'ready') return leftOutTemplate(state.rejected, state.total, t);
  if (state.status !== 'error') return nothing;
  const [text, args, count] = state.said;
  // A source's name ("The inline JSON") is a text of its own; an address is not, and stays as it is.
  const values = Object.entries(args).map(([k, v]) => [k, own(k === 'source' ? t(String(v)) : v)]);
  const message = t(text, Object.fromEntries(values), count);
  return html`<div part="error" class="error" role="alert">
    <p>${message}</p>
    ${state.errors.length ? problemList(state.errors, t) : nothing}
  </div>`;
}
