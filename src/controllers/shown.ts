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
  /** The on-screen stretch; everything until the first observation says otherwise. */
  shown: [number, number] = [0, Infinity];
  private observer?: IntersectionObserver;
  private observed?: Element;
  /** The height the thresholds were made for. */
  private height = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ShownControllerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    const height = this.options.height();
    // An observer reports only when the visible fraction crosses a threshold, so there is one
    // threshold for every `step` pixels of the element's height: made again when the height moves.
    if (target === this.observed && Math.abs(height - this.height) < this.options.step) return;
    this.disconnect();
    this.observed = target;
    this.height = height;
    if (!target || height === 0) return;
    const count = Math.min(1000, Math.ceil(height / this.options.step));
    const thresholds = Array.from({ length: count + 1 }, (_, i) => i / count);
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const box = entry.boundingClientRect;
        const shown: [number, number] = entry.isIntersecting
          ? [entry.intersectionRect.top - box.top, entry.intersectionRect.bottom - box.top]
          : [0, 0];
        const [top, bottom] = this.shown;
        if (Math.abs(shown[0] - top) < this.options.step / 2 && Math.abs(shown[1] - bottom) < this.options.step / 2)
          return;
        this.shown = shown;
        this.host.requestUpdate();
      },
      { threshold: thresholds },
    );
    this.observer.observe(target);
  }

  hostConnected(): void {
    // Back in a document: observe again after the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.disconnect();
    this.observed = undefined;
    this.shown = [0, Infinity];
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
