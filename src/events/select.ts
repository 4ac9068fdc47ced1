import type { ChronicleEvent } from '../data/types.js';

export interface ChronicleSelectDetail {
  /** The chosen item, or `null` when the selection was cleared. */
  readonly item: ChronicleEvent | null;
}

/** An item was chosen by click, tap or keyboard. Bubbles and crosses shadow roots. */
export class ChronicleSelectEvent extends Event {
  static readonly eventName = 'chronicle-select' as const;
  readonly detail: ChronicleSelectDetail;

  constructor(detail: ChronicleSelectDetail) {
    super(ChronicleSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-select': ChronicleSelectEvent;
  }
}
