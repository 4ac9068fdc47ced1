import type { ReactiveControllerHost } from 'lit';
import { syriaIn } from '../data/shipped.js';
import { syria } from '../data/syria.js';
import type { ChronicleDataset } from '../data/types.js';
import { languageOf } from './language.js';

/**
 * The shipped Syria dataset in an element's language (its nearest `lang`): English until the
 * translation has loaded, then the element updates with it.
 */
export class ShippedData {
  dataset: ChronicleDataset = syria;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Call at the start of `willUpdate`: true when the dataset is another than at the last call. */
  refresh(): boolean {
    const next = syriaIn(languageOf(this.host), () => this.host.requestUpdate());
    if (next === this.dataset) return false;
    this.dataset = next;
    return true;
  }
}
