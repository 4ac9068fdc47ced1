import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatDatasetError, type DatasetError } from '../data/errors.js';
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

/** One of the elements' texts (see `Words`), with its values and the count that picks its plural form. */
export type Said = readonly [text: string, args: Record<string, string | number>, count?: number];
export const said = (text: string, args: Record<string, string | number>, count?: number): Said => [text, args, count];
const english = translator(undefined, 'en');

class SourceError extends Error {
  constructor(
    readonly said: Said,
    readonly errors: readonly DatasetError[] = [],
  ) {
    super(english(...said));
  }
}

/**
 * Parsed JSON text as a dataset, or the reasons it is not one. The parser loads on demand: only
 * pages that bring their own data need it (the embed bundle keeps it in a file beside it).
 */
async function datasetFrom(
  text: string,
  source: string,
  strict: boolean,
): Promise<{ dataset: ChronicleDataset; rejected: readonly DatasetError[]; total: number }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SourceError(said('{source} is not valid JSON: {reason}', { source, reason: (e as Error).message }));
  }
  let parser: typeof import('../data/parse.js');
  try {
    parser = await import('../data/parse.js');
  } catch {
    // The embed bundle copied without the parser's file beside it, or the network failed.
    throw new SourceError(said('{source} cannot be read: the dataset parser did not load.', { source }));
  }
  const result = parser.parseDataset(json, { partial: !strict });
  if (!result.ok) {
    const n = result.errors.length;
    throw new SourceError(
      said(
        n === 1
          ? '{source} is not a chronicle dataset: {n} problem.'
          : '{source} is not a chronicle dataset: {n} problems.',
        { source, n },
        n,
      ),
      result.errors,
    );
  }
  const { dataset, rejected } = result;
  return { dataset, rejected, total: dataset.events.length + leftOut(rejected) };
}

/** How many events `problems` leave out: each names its event first (`events[3].when`). */
export const leftOut = (problems: readonly DatasetError[]): number =>
  new Set(problems.map((e) => /^events\[\d+\]/.exec(e.path)?.[0])).size;

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
   * Follows the host's `src` and `strict` (call from `willUpdate`); an empty `src` falls back to an
   * inline child. A change of `strict` reads the data again.
   */
  setSrc(value: string): void {
    // Blank is none (an address of spaces would fetch the page itself).
    const src = value.trim();
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
    this.reading = datasetFrom(text, 'The inline JSON', this.#strict).then(
      (data) => void (this.#reads === read && use({ status: 'ready', source: 'inline', ...data })),
      ({ message, said, errors = [] }: SourceError) =>
        void (this.#reads === read && use({ status: 'error', source: 'inline', message, said, errors })),
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
      let url: URL;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        throw new SourceError(said('{src} is not a URL.', { src }));
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new SourceError(said('{src} is not an http or https URL.', { src }));
      let response: Response;
      try {
        response = await fetch(url, { signal: request.signal, headers: { accept: 'application/json' } });
      } catch (e) {
        if (request.signal.aborted && !late) throw e;
        throw new SourceError(said('Could not load {src}: the network request failed.', { src }));
      }
      if (!response.ok) {
        const status = [response.status, response.statusText].filter(Boolean).join(' ');
        throw new SourceError(said('Could not load {src}: the server answered {status}.', { src, status }));
      }
      const type = response.headers.get('content-type') ?? '';
      if (type && !/\bjson\b/i.test(type))
        throw new SourceError(said('{src} is not JSON: the server sent {type}.', { src, type: type.split(';')[0]! }));
      const length = Number(response.headers.get('content-length') ?? 0);
      const tooLarge = said('{src} is too large: a dataset may be up to {mb} MB.', {
        src,
        mb: MAX_SOURCE_BYTES / 1024 / 1024,
      });
      if (length > MAX_SOURCE_BYTES) throw new SourceError(tooLarge);
      // Read as it arrives, and given up as soon as it passes the limit (a header may not say, or lie).
      let text = '';
      const decoder = new TextDecoder();
      const reader = response.body?.getReader();
      for (let size = 0, chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
        size += chunk.value.byteLength;
        if (size > MAX_SOURCE_BYTES) {
          void reader!.cancel();
          throw new SourceError(tooLarge);
        }
        text += decoder.decode(chunk.value, { stream: true });
      }
      text += decoder.decode();
      const read = await datasetFrom(text, src, this.#strict);
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
        : (e as Partial<SourceError>);
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
  if (problems.length === 0) return nothing;
  const message = t(...notShown(problems, total));
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
