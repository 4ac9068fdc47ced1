import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content width and asks for an update when it changes. Disconnects with the host. */
export class ResizeController implements ReactiveController {
  /** Current content width in CSS pixels (0 until first measured). */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.width) return;
      // Redraw in the next frame, not inside the observer's delivery: the redraw changes the host's
      // height, which would otherwise be a resize loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
