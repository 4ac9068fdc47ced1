/**
 * How a timeline tells the elements linked to it (`for="timeline-id"`) that its state moved:
 * after every update it posts on its channel, and linked elements read its public properties.
 * Channels are private to the library (no DOM events), so a page never sees this traffic, and a
 * timeline nobody links to posts nothing.
 */
const channels = new WeakMap<Element, EventTarget>();

/** The channel of `timeline`, made on first use. */
export function channelOf(timeline: Element): EventTarget {
  let channel = channels.get(timeline);
  if (!channel) channels.set(timeline, (channel = new EventTarget()));
  return channel;
}

/** Tells whoever listens on `timeline`'s channel that its state may have changed. */
export function post(timeline: Element): void {
  channels.get(timeline)?.dispatchEvent(new Event('update'));
}
