/**
 * The language of `el`'s content: the nearest `lang` attribute, across shadow roots, as a valid BCP 47
 * tag (`de_DE` is read as `de-DE`); English when there is none or it is not a language tag.
 */
export function languageOf(el: Element): string {
  for (let node: Element | null = el; node;) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return canonical(lang);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

const tags = new Map<string, string>();

/** `lang` as Intl writes it, or `en` when Intl cannot read it (every Intl constructor would throw). */
function canonical(lang: string): string {
  let tag = tags.get(lang);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    tags.set(lang, tag);
  }
  return tag;
}

/** Whether `el` is in a right-to-left context: its nearest `dir`, across shadow roots, or the page's. */
export function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(el).direction === 'rtl';
  }
}
