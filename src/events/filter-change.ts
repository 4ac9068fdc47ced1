import type { ChronicleFilter } from '../core/filter.js';

export interface ChronicleFilterChangeDetail {
  /** The filter now applied. */
  readonly filter: ChronicleFilter;
}

/** The reader changed which items are shown (a legend toggle). Bubbles and crosses shadow roots. */
export class ChronicleFilterChangeEvent extends Event {
  static readonly eventName = 'chronicle-filter-change' as const;
  readonly detail: ChronicleFilterChangeDetail;

  constructor(detail: ChronicleFilterChangeDetail) {
    super(ChronicleFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-filter-change': ChronicleFilterChangeEvent;
  }
}
