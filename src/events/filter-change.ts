import type { ChronicleFilter } from '../core/filter.js';
import { DetailEvent } from './detail-event.js';

export interface ChronicleFilterChangeDetail {
  /** The filter now applied. */
  readonly filter: ChronicleFilter;
}

/** The reader changed which items are shown (a legend toggle). Bubbles and crosses shadow roots. */
export class ChronicleFilterChangeEvent extends DetailEvent<ChronicleFilterChangeDetail> {
  static readonly eventName = 'chronicle-filter-change' as const;

  constructor(detail: ChronicleFilterChangeDetail) {
    super(ChronicleFilterChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-filter-change': ChronicleFilterChangeEvent;
  }
}
