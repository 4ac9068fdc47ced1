import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateZoom } from 'd3-interpolate';
import { select, pointer, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** Length of an animated zoom or pan. */
export const ANIMATION_MS = 250;

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface ZoomControllerOptions {
  /** The element zoom listens on; looked up after each render. */
  readonly target: () => SVGSVGElement | null | undefined;
  /** Called once a zoom or pan gesture ends, with the settled transform. */
  readonly onEnd?: (transform: ZoomTransform) => void;
  /**
   * True when time runs right to left on screen (a right-to-left page). The host still works in
   * left-to-right terms, x growing with time; the controller mirrors what d3-zoom does on screen.
   */
  readonly mirrored?: () => boolean;
  /**
   * True when time runs down the screen (a vertical layout): the host's x is the screen's y, and
   * the zoom's gestures act along y.
   */
  readonly vertical?: () => boolean;
}

/** Ease in and out (cubic), as d3's default transition eases. */
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Wraps d3-zoom: wheel, trackpad pinch, drag, touch and double-click change `transform`, from which
 * the host derives visible positions (`k * base(t) + x`). D3 only attaches listeners; Lit renders.
 * Every transform goes through this controller, so d3's own stored copy never goes stale.
 * Eased moves (buttons, keys, double-click) run on the controller's own animation frames rather than
 * d3-transition, which keeps d3-transition, d3-interpolate and d3-color out of the bundle.
 */
export class ZoomController implements ReactiveController {
  #current: ZoomTransform = zoomIdentity;
  /** Where an eased move is heading, so steps taken during it build on its end, not its middle. */
  #goal?: ZoomTransform;
  readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  #width = 0;
  #height = 0;
  #maxScale = 1;
  /** The deepest zoom allowed (see `configure`). */
  get maxScale(): number {
    return this.#maxScale;
  }
  /** The orientation the limits were set for. */
  #wasVertical = false;
  /**
   * Gestures between d3-zoom's start and end events. More than one can be under way: a wheel
   * gesture ends 150 ms after its last turn, which can fall inside a drag that began meanwhile.
   */
  #gestures = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    this.#behavior = zoom<SVGSVGElement, unknown>()
      // Double-click is the controller's own (eased) zoom, so d3 never starts a transition.
      .duration(0)
      .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button)
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A gesture takes over from an eased move.
        if (event.sourceEvent) this.#stopAnimation();
        this.#gestures++;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#current = event.transform;
        this.host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#goal = undefined;
        this.#gestures = Math.max(0, this.#gestures - 1);
        // The host's settled frame (work it skips while moving is done now): not while another
        // gesture still moves the view (a wheel gesture ends 150 ms after its last turn, often inside
        // a drag), nor for a host already removed (it updates when it is connected again).
        if (!this.moving && this.#selection) this.host.requestUpdate();
        this.options.onEnd?.(this.#toHost(event.transform));
      });
    host.addController(this);
  }

  /** The current transform, in the host's left-to-right terms. */
  get transform(): ZoomTransform {
    return this.#toHost(this.#current);
  }

  get #vertical(): boolean {
    return this.options.vertical?.() ?? false;
  }

  /** The screen's length along time: the width, or the height when time runs down. */
  get #length(): number {
    return this.#vertical ? this.#height : this.#width;
  }

  /** A screen transform's translation along time. */
  #offset(t: ZoomTransform): number {
    return this.#vertical ? t.y : t.x;
  }

  /** A screen transform that translates by `offset` along time. */
  #along(offset: number, k: number): ZoomTransform {
    return (this.#vertical ? zoomIdentity.translate(0, offset) : zoomIdentity.translate(offset, 0)).scale(k);
  }

  /**
   * From the screen's transform to the host's, where x grows with time. When time runs right to
   * left a point at host x is at screen x' = width - x, so the translation becomes
   * width * (1 - k) - x; when it runs down, the host's x is the screen's y.
   */
  #toHost(t: ZoomTransform): ZoomTransform {
    if (this.#vertical) return zoomIdentity.translate(t.y, 0).scale(t.k);
    return this.options.mirrored?.() ? zoomIdentity.translate(this.#width * (1 - t.k) - t.x, 0).scale(t.k) : t;
  }

  /** From the host's transform to the screen's: `toHost` undone. */
  #toScreen(t: ZoomTransform): ZoomTransform {
    if (this.#vertical) return zoomIdentity.translate(0, t.x).scale(t.k);
    return this.#toHost(t);
  }

  /**
   * A wheel, drag, pinch or eased move is under way: the view will change again within a frame. A
   * host can leave work that only matters once the view rests (such as DOM for assistive technology)
   * until the update after it ends.
   */
  get moving(): boolean {
    return this.#gestures > 0 || this.#frame !== 0;
  }

  /** Sets the zoom limits and the viewport size (call when width, height or the axis change). */
  configure(width: number, height: number, maxScale: number): void {
    const vertical = this.#vertical;
    if (
      width === this.#width &&
      height === this.#height &&
      maxScale === this.#maxScale &&
      vertical === this.#wasVertical
    )
      return;
    this.#wasVertical = vertical;
    this.#width = width;
    this.#height = height;
    this.#maxScale = maxScale;
    this.#behavior
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent(
        this.#vertical
          ? [
              [-Infinity, 0],
              [Infinity, height],
            ]
          : [
              [0, -Infinity],
              [width, Infinity],
            ],
      );
  }

  /** `t` (a screen transform) within the limits: zoom factor 1 to the maximum, and never past either end of the axis. */
  #clamp(t: ZoomTransform): ZoomTransform {
    const k = Math.max(1, Math.min(this.#maxScale, t.k));
    return this.#along(Math.max(this.#length * (1 - k), Math.min(0, this.#offset(t))), k);
  }

  /**
   * Moves to `t` (clamped) as a zoom would, firing the usual zoom and end callbacks. With `animate`
   * it eases there, unless the reader prefers reduced motion.
   */
  set(t: ZoomTransform, animate = false): void {
    const clamped = this.#clamp(this.#toScreen(t));
    this.#stopAnimation();
    // (`clamped` is in screen terms already: reset would convert it again.)
    if (!this.#selection) this.reset(this.#toHost(clamped));
    else if (animate && !prefersReducedMotion()) this.#animate(clamped);
    else {
      this.#goal = undefined;
      this.#behavior.transform(this.#selection, clamped);
    }
  }

  #frame = 0;

  /**
   * Eases from the current transform to `to` along d3's smooth zoom path (van Wijk and Nuij, as a
   * d3-zoom transition takes), so what the move ends on stays in view on the way. Frames update the
   * view only; the end goes through d3-zoom once, so `onEnd` (and the range-change event) fires once.
   */
  #animate(to: ZoomTransform): void {
    const from = this.#current;
    const selection = this.#selection!;
    this.#goal = to;
    const length = this.#length;
    const mid = length / 2;
    const centre = (t: ZoomTransform) => (mid - this.#offset(t)) / t.k;
    // Views as [centre, 0, length] in unzoomed pixels along time.
    const path = interpolateZoom([centre(from), 0, length / from.k], [centre(to), 0, length / to.k]);
    const started = performance.now();
    const step = (now: number) => {
      const p = ease(Math.min(1, (now - started) / ANIMATION_MS));
      if (p >= 1) {
        this.#frame = 0;
        this.#goal = undefined;
        this.#behavior.transform(selection, to);
        return;
      }
      const [c, , w] = path(p);
      const k = length / w;
      this.#current = this.#along(mid - c * k, k);
      selection.property('__zoom', this.#current);
      this.host.requestUpdate();
      this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  #stopAnimation(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Zooms by `factor` around x `at` (pixels, in the host's frame). */
  zoomBy(factor: number, at: number, animate = true): void {
    const t = this.#toHost(this.#goal ?? this.#current);
    const k = t.k * factor;
    this.set(zoomIdentity.translate(at - ((at - t.x) * k) / t.k, 0).scale(k), animate);
  }

  /** Pans by `dx` pixels (positive moves the view later in time). */
  panBy(dx: number, animate = true): void {
    const t = this.#toHost(this.#goal ?? this.#current);
    this.set(zoomIdentity.translate(t.x - dx, 0).scale(t.k), animate);
  }

  /** Replaces the transform without a gesture or events (after new data or a resize). */
  reset(t: ZoomTransform): void {
    this.#goal = undefined;
    this.#stopAnimation();
    this.#current = this.#clamp(this.#toScreen(t));
    this.#selection?.property('__zoom', this.#current);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Listeners were removed on disconnect: an update re-attaches them in hostUpdated.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.options.target();
    if (!target || this.#selection?.node() === target) return;
    this.#selection = select(target);
    // d3-zoom keeps its transform on the element (`__zoom`): start it from ours, without zoom events.
    this.#selection.property('__zoom', this.#current);
    this.#selection.call(this.#behavior);
    // Double-click zooms in (Shift: out) around the pointer, eased like the buttons.
    this.#selection.on('dblclick.zoom', (event: MouseEvent) => {
      event.preventDefault();
      const [x, y] = pointer(event, target);
      const at = this.#vertical ? y : this.options.mirrored?.() ? this.#width - x : x;
      this.zoomBy(event.shiftKey ? 0.5 : 2, at);
    });
  }

  hostDisconnected(): void {
    this.#stopAnimation();
    this.#gestures = 0;
    this.#goal = undefined;
    this.#selection?.on('.zoom', null);
    this.#selection = undefined;
  }
}
