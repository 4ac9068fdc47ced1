/** The language of `el`'s content: the nearest `lang` attribute, across shadow roots, else the browser's. */
export function languageOf(el: Element): string {
  for (let node: Element | null = el; node;) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return globalThis.navigator?.language ?? 'en';
}

/** Whether `el` is in a right-to-left context: its nearest `dir`, across shadow roots, or the page's. */
export function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(el).direction === 'rtl';
  }
}
