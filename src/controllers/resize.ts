import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width, or with `target` the content height of an element in the host's
 * shadow tree (looked up after each render: a layout whose height CSS sets), and asks for an update
 * when it changes. Disconnects with the host.
 */
export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels (0 until first measured); without a `target`. */
  width = 0;
  /** The target's content height in CSS pixels (0 while there is none); with a `target`. */
  height = 0;
  #observer?: ResizeObserver;
  #observed?: Element;
  #frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  #observe(element: Element | undefined): void {
    this.#observer?.disconnect();
    this.#observed = element;
    if (!element) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const size = Math.round((this.target ? box?.height : box?.width) ?? 0);
      if (size === (this.target ? this.height : this.width)) return;
      // Redraw in the next frame, not inside the observer's delivery: the redraw changes the host's
      // height, which would otherwise be a resize loop.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        if (this.target) this.height = size;
        else this.width = size;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(element);
  }

  hostConnected(): void {
    if (this.target) return;
    this.#observe(this.host);
    // Measured at once, so the first update draws at the right width instead of a frame or two later,
    // when the observer first reports (which then finds nothing changed).
    if (this.width === 0) {
      const style = getComputedStyle(this.host);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      this.width = Math.max(0, Math.round(this.host.clientWidth - (padding || 0)));
    }
  }

  hostUpdated(): void {
    const target = this.target?.() ?? undefined;
    if (this.target && target !== this.#observed) this.#observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
    cancelAnimationFrame(this.#frame);
  }
}
