export interface ChronicleRangeChangeDetail {
  /** First visible instant, UTC milliseconds. */
  readonly start: number;
  /** Last visible instant, UTC milliseconds. */
  readonly end: number;
}

/** The visible time range settled after a zoom or pan. Bubbles and crosses shadow roots. */
export class ChronicleRangeChangeEvent extends Event {
  static readonly eventName = 'chronicle-range-change' as const;
  readonly detail: ChronicleRangeChangeDetail;

  constructor(detail: ChronicleRangeChangeDetail) {
    super(ChronicleRangeChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-range-change': ChronicleRangeChangeEvent;
  }
}
