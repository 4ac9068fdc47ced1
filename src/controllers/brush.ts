import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a brush drag changes: an end, the whole window, or a new window drawn from the press. */
type Mode = 'start' | 'end' | 'move' | 'new';

export interface BrushControllerOptions {
  /** The element the pointer drags on; looked up after each render. */
  readonly target: () => Element | null | undefined;
  /** The window's ends in the target's pixels now. */
  readonly extent: () => readonly [number, number];
  /** Where the track runs, `[left, right]` in the target's pixels. */
  readonly track: () => readonly [number, number];
  /** How close (pixels) to an end a press grabs that end. */
  readonly grab: number;
  /**
   * Called on every move of a drag with the pixel window it makes (`[left, right]`, in the target's
   * pixels, unclamped), how the drag changes it, and whether the drag has ended.
   */
  readonly onBrush: (window: readonly [number, number], mode: Mode, done: boolean) => void;
  /**
   * True when the track runs right to left on screen. Pixels given and taken are then counted from the
   * target's right edge, so the host works left to right throughout.
   */
  readonly mirrored?: () => boolean;
}

/**
 * A one-dimensional brush on pointer events (mouse, pen and touch alike): pressing near an end of the
 * window drags that end, inside it moves the window, outside it draws a new one (a click there
 * centres the window on it). On a window over the whole track, which cannot move, a drag inside draws
 * a new one. The host turns
 * pixels into its own units and clamps them. Listeners come off in `hostDisconnected`.
 */
export class BrushController implements ReactiveController {
  #target?: Element;
  #drag?: { id: number; mode: Mode; x0: number; extent: readonly [number, number]; whole: boolean };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BrushControllerOptions,
  ) {
    host.addController(this);
  }

  /** A drag is under way. */
  get dragging(): boolean {
    return this.#drag !== undefined;
  }

  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    if (target === this.#target) return;
    this.#detach();
    this.#target = target;
    target?.addEventListener('pointerdown', this.#down as EventListener);
  }

  hostConnected(): void {
    // Listeners came off on disconnect: an update puts them back (in hostUpdated).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  #detach(): void {
    const t = this.#target;
    if (!t) return;
    t.removeEventListener('pointerdown', this.#down as EventListener);
    t.removeEventListener('pointermove', this.#move as EventListener);
    t.removeEventListener('pointerup', this.#up as EventListener);
    t.removeEventListener('pointercancel', this.#up as EventListener);
    this.#target = undefined;
    this.#drag = undefined;
  }

  #x(e: PointerEvent): number {
    const box = this.#target!.getBoundingClientRect();
    return this.options.mirrored?.() ? box.right - e.clientX : e.clientX - box.left;
  }

  readonly #down = (e: PointerEvent): void => {
    if (!this.#target || e.button !== 0 || this.#drag) return;
    const x = this.#x(e);
    const extent = this.options.extent();
    const { grab } = this.options;
    // A window over the whole track cannot move: a drag inside it draws a new one, and so does a
    // drag from beside an end that heads out of the window rather than pulling the end in.
    const [left, right] = this.options.track();
    const whole = extent[0] <= left + 1 && extent[1] >= right - 1;
    const mode: Mode =
      Math.abs(x - extent[0]) <= grab && x <= (extent[0] + extent[1]) / 2
        ? 'start'
        : Math.abs(x - extent[1]) <= grab
          ? 'end'
          : x > extent[0] && x < extent[1] && !whole
            ? 'move'
            : 'new';
    this.#drag = { id: e.pointerId, mode, x0: x, extent, whole };
    (this.#target as HTMLElement).setPointerCapture?.(e.pointerId);
    this.#target.addEventListener('pointermove', this.#move as EventListener);
    this.#target.addEventListener('pointerup', this.#up as EventListener);
    this.#target.addEventListener('pointercancel', this.#up as EventListener);
    e.preventDefault();
  };

  #mode(e: PointerEvent): Mode {
    const { mode, x0, whole } = this.#drag!;
    const x = this.#x(e);
    // On the whole track, an end grabbed and dragged outward (where it cannot go) draws a new window.
    if (whole && ((mode === 'start' && x < x0) || (mode === 'end' && x > x0))) return 'new';
    return mode;
  }

  #window(e: PointerEvent): readonly [number, number] {
    const { x0, extent } = this.#drag!;
    const x = this.#x(e);
    switch (this.#mode(e)) {
      case 'start':
        return [x, extent[1]];
      case 'end':
        return [extent[0], x];
      case 'move':
        return [extent[0] + x - x0, extent[1] + x - x0];
      case 'new':
        return [x0, x];
    }
  }

  readonly #move = (e: PointerEvent): void => {
    if (e.pointerId !== this.#drag?.id) return;
    this.options.onBrush(this.#window(e), this.#mode(e), false);
  };

  readonly #up = (e: PointerEvent): void => {
    if (e.pointerId !== this.#drag?.id) return;
    const window = this.#window(e);
    const mode = this.#mode(e);
    this.#drag = undefined;
    this.#target?.removeEventListener('pointermove', this.#move as EventListener);
    this.#target?.removeEventListener('pointerup', this.#up as EventListener);
    this.#target?.removeEventListener('pointercancel', this.#up as EventListener);
    // A click outside the window (a press and release without a drag) centres the window there.
    if (mode === 'new' && Math.abs(window[1] - window[0]) < 2) {
      const [a, b] = this.options.extent();
      this.options.onBrush([window[0] - (b - a) / 2, window[0] + (b - a) / 2], 'move', true);
      return;
    }
    this.options.onBrush(window, mode, true);
  };
}
