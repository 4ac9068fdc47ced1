import { DetailEvent } from './detail-event.js';

export interface ChronicleRangeChangeDetail {
  /** First visible instant, UTC milliseconds. */
  readonly start: number;
  /** Last visible instant, UTC milliseconds. */
  readonly end: number;
}

/** The visible time range settled after a zoom or pan. Bubbles and crosses shadow roots. */
export class ChronicleRangeChangeEvent extends DetailEvent<ChronicleRangeChangeDetail> {
  static readonly eventName = 'chronicle-range-change' as const;

  constructor(detail: ChronicleRangeChangeDetail) {
    super(ChronicleRangeChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-range-change': ChronicleRangeChangeEvent;
  }
}
