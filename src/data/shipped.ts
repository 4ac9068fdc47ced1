import { baseLanguage } from '../i18n/words.js';
import { syria } from './syria.js';
import type { ChronicleDataset } from './types.js';

/**
 * The translations of the shipped dataset, by base language, each loaded only when a page asks for it
 * (in the embed bundle, a file beside it). English is the dataset's own.
 */
const TRANSLATIONS: Readonly<Record<string, () => Promise<ChronicleDataset>>> = {
  ar: () => import('./syria-ar.js').then((m) => m.inArabic(syria)),
};

const loaded = new Map<string, ChronicleDataset>();
const loading = new Map<string, Promise<ChronicleDataset>>();

export { baseLanguage };

/**
 * The shipped Syria dataset in the language of `lang`, once its translation has loaded; until then,
 * and for a language it has no translation for, in English. The first call for a language starts
 * loading it; `onLoad` is called when it is ready (call again to get it).
 */
export function syriaIn(lang: string, onLoad?: () => void): ChronicleDataset {
  const base = baseLanguage(lang);
  const load = TRANSLATIONS[base];
  if (!load) return syria;
  const done = loaded.get(base);
  if (done) return done;
  let pending = loading.get(base);
  if (!pending) {
    pending = load().then((dataset) => {
      loaded.set(base, dataset);
      return dataset;
    });
    loading.set(base, pending);
  }
  // A translation that fails to load leaves the dataset in English.
  if (onLoad) pending.then(onLoad, () => undefined);
  return syria;
}
