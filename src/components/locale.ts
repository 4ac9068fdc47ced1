import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { syriaIn } from '../data/shipped.js';
import { syria } from '../data/syria.js';
import type { ChronicleDataset, When } from '../data/types.js';
import { dateNamesIn, formatWhen, formatWhenIn, type DateNames } from '../core/format.js';
import { isRtlLanguage, translator, wordsIn, type Translate, type Words } from '../i18n/words.js';
import { languageOf } from './language.js';

type Host = ReactiveControllerHost & Element;

/** Every connected element with a LocaleData: told to update when a `lang` or `dir` changes anywhere. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  hosts.add(host);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const h of hosts) h.requestUpdate();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * An element's language (its nearest `lang`): its own words, and the shipped Syria dataset in that
 * language. English until a translation has loaded; then the element updates with it. A `lang` or
 * `dir` changed anywhere in the page updates the element too.
 */
export class LocaleData implements ReactiveController {
  lang = 'en';
  dataset: ChronicleDataset = syria;
  t: Translate = translator(undefined, 'en');
  /** At the last `refresh`: the shipped dataset changed (its translation arrived, or the language changed). */
  datasetChanged = false;
  /** Month and weekday names for `formatUtc` in the language; undefined in English (the library's own). */
  dateNames?: DateNames;
  /** The language is written right to left. */
  rightToLeft = false;
  #words?: Words;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /**
   * Call at the start of `willUpdate`: true when the language, its words or the shipped dataset changed
   * since the last call (texts made for the old language are then stale).
   */
  refresh(): boolean {
    const again = () => this.host.requestUpdate();
    const lang = languageOf(this.host);
    const dataset = syriaIn(lang, again);
    const words = wordsIn(lang, again);
    this.datasetChanged = dataset !== this.dataset;
    if (!this.datasetChanged && words === this.#words && lang === this.lang) return false;
    this.lang = lang;
    this.dataset = dataset;
    this.#words = words;
    this.t = translator(words, lang);
    this.dateNames = this.english ? undefined : dateNamesIn(lang);
    this.rightToLeft = isRtlLanguage(lang);
    return true;
  }

  /** English: month names are the library's own English ones (else Intl's, in the language). */
  get english(): boolean {
    return this.lang.toLowerCase().startsWith('en');
  }

  /**
   * An item's date in words, the same in every element: the library's own English way ("Sunday,
   * 1 December 2024") for English with no region (`en`, or no language at all), else Intl's way for
   * the language and region (`en-US`: "Sunday, December 1, 2024"; `fr`: "dimanche 1 décembre 2024").
   */
  when(when: When): string {
    const plain = this.lang === '' || this.lang.toLowerCase() === 'en';
    return plain ? formatWhen(when) : formatWhenIn(when, this.lang, this.t);
  }
}
