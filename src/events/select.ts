import type { ChronicleEvent } from '../data/types.js';
import { DetailEvent } from './detail-event.js';

export interface ChronicleSelectDetail {
  /** The chosen item, or `null` when the selection was cleared. */
  readonly item: ChronicleEvent | null;
}

/** An item was chosen by click, tap or keyboard. Bubbles and crosses shadow roots. */
export class ChronicleSelectEvent extends DetailEvent<ChronicleSelectDetail> {
  static readonly eventName = 'chronicle-select' as const;

  constructor(detail: ChronicleSelectDetail) {
    super(ChronicleSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chronicle-select': ChronicleSelectEvent;
  }
}
