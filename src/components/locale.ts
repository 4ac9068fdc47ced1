import type { ReactiveControllerHost } from 'lit';
import { syriaIn } from '../data/shipped.js';
import { syria } from '../data/syria.js';
import type { ChronicleDataset } from '../data/types.js';
import { translator, wordsIn, type Translate, type Words } from '../i18n/words.js';
import { languageOf } from './language.js';

/**
 * An element's language (its nearest `lang`): its own words, and the shipped Syria dataset in that
 * language. English until a translation has loaded; then the element updates with it.
 */
export class LocaleData {
  lang = 'en';
  dataset: ChronicleDataset = syria;
  t: Translate = translator(undefined, 'en');
  private words?: Words;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Call at the start of `willUpdate`: true when the words or the dataset changed since the last call. */
  refresh(): boolean {
    const again = () => this.host.requestUpdate();
    const lang = languageOf(this.host);
    const dataset = syriaIn(lang, again);
    const words = wordsIn(lang, again);
    if (dataset === this.dataset && words === this.words && lang === this.lang) return false;
    const changed = dataset !== this.dataset || words !== this.words;
    this.lang = lang;
    this.dataset = dataset;
    if (words !== this.words || !changed) this.t = translator(words, lang);
    this.words = words;
    return changed;
  }
}
