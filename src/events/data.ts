import type { ChronicleDataset, DatasetError } from '../data/index.js';
import { DetailEvent } from './detail-event.js';

export interface ChronicleErrorDetail {
  /** One sentence a reader understands: what went wrong and where. */
  readonly message: string;
  /** Each problem with the data, with its path (`events[12].when.date`); empty when the data never arrived. */
  readonly errors: readonly DatasetError[];
  /**
   * Where the data came from: the `src` URL, `inline` for a `<script type="application/json">` child,
   * `events`, `actors` or `places` for those properties (entries of `actors` or `places` that cannot be
   * used are always `partial`); `draw` when the element could not draw its data for a reason of
   * another kind (a property the page set that throws when read, say).
   */
  readonly source: string;
  /**
   * True when the rest of the data is shown and only the events with problems were left out (the
   * element shows a warning listing them); false when nothing of it is shown. See `strict`.
   */
  readonly partial: boolean;
}

/**
 * Data given by `src`, an inline JSON child or the `events`, `actors` or `places` properties could not
 * be shown, in whole or in part (`detail.partial`), or the element could not draw it (`source: 'draw'`).
 * Bubbles and crosses shadow roots.
 */
export class ChronicleErrorEvent extends DetailEvent<ChronicleErrorDetail> {
  static readonly eventName = 'chronicle-error' as const;

  constructor(detail: ChronicleErrorDetail) {
    super(ChronicleErrorEvent.eventName, detail);
  }
}

export interface ChronicleDataLoadDetail {
  readonly dataset: ChronicleDataset;
  /** The `src` URL, or `inline`. */
  readonly source: string;
}

/** Data given by `src` or an inline JSON child was read and is shown. Bubbles and crosses shadow roots. */
export class ChronicleDataLoadEvent extends DetailEvent<ChronicleDataLoadDetail> {
  static readonly eventName = 'chronicle-data-load' as const;

  constructor(detail: ChronicleDataLoadDetail) {
    super(ChronicleDataLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-error': ChronicleErrorEvent;
    'chronicle-data-load': ChronicleDataLoadEvent;
  }
}
