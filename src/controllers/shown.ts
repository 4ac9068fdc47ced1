import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ShownControllerOptions {
  /** The element whose on-screen part is tracked; looked up after each render. */
  readonly target: () => Element | null | undefined;
  /** The element's height in CSS pixels (known to the host, so nothing is measured per frame). */
  readonly height: () => number;
  /** How far, in CSS pixels, the tracked part may move before the host is asked to update. */
  readonly step: number;
}

/**
 * Tracks which vertical stretch of a tall element is on screen (inside the viewport and every
 * clipping ancestor), as `[top, bottom]` in the element's own pixels, and asks for an update when it
 * moves by more than `step`. A canvas then needs to paint only that stretch (plus a margin) instead
 * of the whole element. Disconnects with the host.
 */
export class ShownController implements ReactiveController {
  /** The last measured on-screen stretch. */
  #observedShown?: [number, number];
  /** The stretch the host last read (and painted): a move is measured against this, not the last measurement. */
  #read?: [number, number];
  /** Until the first observation: the stretch estimated from the host's box (measured once). */
  #estimate?: [number, number];
  #observer?: IntersectionObserver;
  #observed?: Element;
  /** The height the thresholds were made for. */
  #height = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: ShownControllerOptions,
  ) {
    host.addController(this);
  }

  /**
   * The on-screen stretch. Until the observer first reports (a frame after the first render), an
   * estimate from the host's place in the viewport and its clipping ancestors, so the first paint
   * is already only what is seen.
   */
  get shown(): [number, number] {
    this.#read = this.#observedShown ?? (this.#estimate ??= estimateShown(this.host));
    return this.#read;
  }

  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    const height = this.options.height();
    // An observer reports only when the visible fraction crosses a threshold, so there is one
    // threshold for every `step` pixels of the element's height: made again when the height moves.
    if (target === this.#observed && Math.abs(height - this.#height) < this.options.step) return;
    this.#disconnect();
    this.#observed = target;
    this.#height = height;
    if (!target || height === 0) return;
    const count = Math.min(1000, Math.ceil(height / this.options.step));
    const thresholds = Array.from({ length: count + 1 }, (_, i) => i / count);
    // The observer's report only says that something moved: its geometry may be a frame old by the
    // time it is delivered (after a scroll was already measured), so the stretch is measured afresh.
    this.#observer = new IntersectionObserver(this.#measureSoon, { threshold: thresholds });
    this.#observer.observe(target);
    // Scrolling through the middle of an element taller than its view keeps the visible fraction
    // the same, so the observer says nothing: scrolls (of the page or of any scroller in it) are
    // followed too, measured once a frame.
    document.addEventListener('scroll', this.#measureSoon, { capture: true, passive: true });
  }

  /**
   * A new on-screen stretch: the host updates when it is more than half a step from the one the host
   * last read. (Measured against the last measurement instead, a slow scroll of a few pixels a frame
   * would never count as a move, and the painted stretch would be left behind.)
   */
  #take(shown: [number, number]): void {
    this.#observedShown = shown;
    const read = this.#read;
    const half = this.options.step / 2;
    if (read && Math.abs(shown[0] - read[0]) < half && Math.abs(shown[1] - read[1]) < half) return;
    this.host.requestUpdate();
  }

  #frame = 0;
  /** Measures the on-screen stretch in the next frame (once, however many scrolls or reports came). */
  readonly #measureSoon = (): void => {
    if (this.#frame || !this.#observed) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#observed?.isConnected) this.#take(estimateShown(this.#observed));
    });
  };

  hostConnected(): void {
    // Back in a document: observe again after the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#disconnect();
    this.#observed = undefined;
    this.#observedShown = undefined;
    this.#read = undefined;
    this.#estimate = undefined;
  }

  #disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    document.removeEventListener('scroll', this.#measureSoon, { capture: true });
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

/** The element's parent in the flat tree: its slot, its parent, or its shadow root's host. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Which vertical stretch of `el` the viewport and its clipping ancestors leave visible, in its pixels. */
function estimateShown(el: Element): [number, number] {
  if (!el.isConnected) return [0, Infinity];
  const box = el.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  for (let a = parentOf(el); a && a !== document.documentElement; a = parentOf(a)) {
    if (getComputedStyle(a).overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
  }
  return bottom <= top ? [0, 0] : [Math.max(0, top - box.top), Math.max(0, bottom - box.top)];
}
