import { isRtl } from './language.js';

/**
 * Roving focus inside one tab stop: for an arrow key, Home or End pressed on one of `items`, focuses
 * the next, previous, first or last item (right to left, the left arrow goes to the next), makes it the only one reachable by Tab, and returns it
 * (undefined for any other key, which is left alone).
 */
export function roveFocus(e: KeyboardEvent, items: readonly HTMLElement[]): HTMLElement | undefined {
  const at = items.indexOf(e.target as HTMLElement);
  // Left and right as the items are laid out: in a right-to-left context the next one is on the left.
  const ahead = isRtl(e.target as Element) ? -1 : 1;
  const step = { ArrowRight: ahead, ArrowDown: 1, ArrowLeft: -ahead, ArrowUp: -1 }[e.key as 'ArrowUp'];
  const to = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : step === undefined ? -2 : at + step;
  if (at < 0 || to === -2) return undefined;
  e.preventDefault();
  e.stopPropagation();
  const next = items[Math.max(0, Math.min(items.length - 1, to))]!;
  takeStop(next, items);
  next.focus();
  return next;
}

/** Makes `item` the only one of `items` that Tab reaches (as focus moves to it by a click, say). */
export function takeStop(item: Element, items: Iterable<HTMLElement>): void {
  for (const i of items) i.tabIndex = i === item ? 0 : -1;
}
