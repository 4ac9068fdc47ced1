import type { DatasetError } from './errors.js';
import { parseDataset } from './parse.js';
import { leftOut, said, type SourceFailure } from './said.js';
import type { ChronicleDataset } from './types.js';

// Reading a dataset from JSON text or a `src` URL. It loads on demand with the parser (in the embed
// bundle, the file beside it): pages that bring no data of their own never need it. Failures are
// thrown as `SourceFailure`s, in words the element says in its language.

/** A dataset read, with the problems of any events left out of it, and how many events it had. */
export interface DatasetRead {
  readonly dataset: ChronicleDataset;
  readonly rejected: readonly DatasetError[];
  readonly total: number;
}

const fail = (failure: SourceFailure): never => {
  throw failure;
};

/** JSON text as a dataset (events with problems left out unless `strict`), or why it is not one. */
export function readDataset(text: string, source: string, strict: boolean): DatasetRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail({ said: said('{source} is not valid JSON: {reason}', { source, reason: (e as Error).message }) });
  }
  const result = parseDataset(json, { partial: !strict });
  if (!result.ok) {
    const n = result.errors.length;
    return fail({
      said: said(
        n === 1
          ? '{source} is not a chronicle dataset: {n} problem.'
          : '{source} is not a chronicle dataset: {n} problems.',
        { source, n },
        n,
      ),
      errors: result.errors,
    });
  }
  const { dataset, rejected } = result;
  return { dataset, rejected, total: dataset.events.length + leftOut(rejected) };
}

/**
 * The dataset at `src` (http or https only, JSON, at most `maxBytes`, read as it arrives and given up
 * as soon as it passes that), or why not. `signal` cancels it; an abort is rethrown as it came.
 */
export async function fetchDataset(
  src: string,
  base: string,
  signal: AbortSignal,
  strict: boolean,
  maxBytes: number,
): Promise<DatasetRead> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fail({ said: said('{src} is not a URL.', { src }) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    fail({ said: said('{src} is not an http or https URL.', { src }) });
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal.aborted) throw e;
    return fail({ said: said('Could not load {src}: the network request failed.', { src }) });
  }
  if (!response.ok) {
    const status = [response.status, response.statusText].filter(Boolean).join(' ');
    fail({ said: said('Could not load {src}: the server answered {status}.', { src, status }) });
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/\bjson\b/i.test(type))
    fail({ said: said('{src} is not JSON: the server sent {type}.', { src, type: type.split(';')[0]! }) });
  const tooLarge = {
    said: said('{src} is too large: a dataset may be up to {mb} MB.', { src, mb: maxBytes / 1024 / 1024 }),
  };
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) fail(tooLarge);
  // Read as it arrives, and given up as soon as it passes the limit (a header may not say, or lie).
  let text = '';
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (let size = 0, chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader!.cancel();
      fail(tooLarge);
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  text += decoder.decode();
  return readDataset(text, src, strict);
}
