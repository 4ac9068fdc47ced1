/** A word that changes with a count: one form per plural category of the language. */
export type Forms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/**
 * A language's words for the elements' own text (buttons, headings, announcements), keyed by the
 * English text they replace; `{name}` marks where a value goes. A text missing from a table stays
 * English. English needs no table: it is the keys.
 */
export type Words = Readonly<Record<string, string | Forms>>;

/** Translates one of the elements' texts, filling `{name}` from `args`; `count` picks a plural form. */
export type Translate = (text: string, args?: Readonly<Record<string, string | number>>, count?: number) => string;

/** `ar` for `ar`, `ar-SY` or `AR`: what the words tables and the shipped translations are keyed by. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** Languages written right to left (by their base language). */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Whether `lang` is written right to left. */
export const isRtlLanguage = (lang: string): boolean => RTL.has(baseLanguage(lang));

/** The languages with words, each loaded only when a page asks (in the embed bundle, a file beside it). */
const LOADERS: Readonly<Record<string, () => Promise<Words>>> = {
  ar: () => import('./ar.js').then((m) => m.AR),
};

const loaded = new Map<string, Words>();
const loading = new Map<string, Promise<Words>>();

/**
 * The words for `lang` (its base language), once loaded; `undefined` for English, for a language with
 * none, and while loading (then `onLoad` is called when they are ready).
 */
export function wordsIn(lang: string, onLoad?: () => void): Words | undefined {
  const base = baseLanguage(lang);
  const done = loaded.get(base);
  if (done || !LOADERS[base]) return done;
  let pending = loading.get(base);
  if (!pending) {
    // Words a page gave with addWords meanwhile win over the shipped ones.
    pending = LOADERS[base]().then((words) => {
      if (!loaded.has(base)) loaded.set(base, words);
      return loaded.get(base)!;
    });
    loading.set(base, pending);
  }
  if (onLoad) pending.then(onLoad, () => undefined);
  return undefined;
}

/**
 * Gives the elements words in another language (`Words`, keyed by the English texts; `AR` in
 * `src/i18n/ar.ts` is a complete example). Elements under that `lang` use them from their next update.
 */
export function addWords(lang: string, words: Words): void {
  loaded.set(baseLanguage(lang), words);
}

/** A `Translate` over `words` (none: English) in `lang`, whose plural rules pick a count's form. */
export function translator(words: Words | undefined, lang: string): Translate {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(words ? lang : 'en');
  } catch {
    rules = new Intl.PluralRules('en');
  }
  return (text, args, count = 0) => {
    // (A text from an attribute the page removed is null: it says nothing.)
    text ??= '';
    const w = words && Object.hasOwn(words, text) ? words[text]! : text;
    const s = typeof w === 'string' ? w : (w[rules.select(count)] ?? w.other ?? text);
    return args ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k])) : s;
  };
}
