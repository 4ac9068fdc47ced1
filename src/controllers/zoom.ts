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
  private current: ZoomTransform = zoomIdentity;
  /** Where an eased move is heading, so steps taken during it build on its end, not its middle. */
  private goal?: ZoomTransform;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private width = 0;
  private height = 0;
  private maxScale = 1;
  /**
   * Gestures between d3-zoom's start and end events. More than one can be under way: a wheel
   * gesture ends 150 ms after its last turn, which can fall inside a drag that began meanwhile.
   */
  private gestures = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Double-click is the controller's own (eased) zoom, so d3 never starts a transition.
      .duration(0)
      .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button)
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A gesture takes over from an eased move.
        if (event.sourceEvent) this.stopAnimation();
        this.gestures++;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.current = event.transform;
        this.host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.goal = undefined;
        this.gestures = Math.max(0, this.gestures - 1);
        // The host's settled frame (work it skips while moving is done now).
        this.host.requestUpdate();
        this.options.onEnd?.(this.mirror(event.transform));
      });
    host.addController(this);
  }

  /** The current transform, in the host's left-to-right terms. */
  get transform(): ZoomTransform {
    return this.mirror(this.current);
  }

  /**
   * Between the host's frame (x grows with time) and the screen's when time runs right to left: a
   * point at host x is at screen x' = width - x, so the translation becomes width * (1 - k) - x. Its
   * own inverse, and it keeps the zoom limits (they are symmetric).
   */
  private mirror(t: ZoomTransform): ZoomTransform {
    return this.options.mirrored?.() ? zoomIdentity.translate(this.width * (1 - t.k) - t.x, 0).scale(t.k) : t;
  }

  /**
   * A wheel, drag, pinch or eased move is under way: the view will change again within a frame. A
   * host can leave work that only matters once the view rests (such as DOM for assistive technology)
   * until the update after it ends.
   */
  get moving(): boolean {
    return this.gestures > 0 || this.frame !== 0;
  }

  /** Sets the zoom limits and the viewport size (call when width, height or the axis change). */
  configure(width: number, height: number, maxScale: number): void {
    if (width === this.width && height === this.height && maxScale === this.maxScale) return;
    this.width = width;
    this.height = height;
    this.maxScale = maxScale;
    this.behavior
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ]);
  }

  /** `t` within the limits: zoom factor 1 to the maximum, and never past either end of the axis. */
  clamp(t: ZoomTransform): ZoomTransform {
    const k = Math.max(1, Math.min(this.maxScale, t.k));
    const x = Math.max(this.width * (1 - k), Math.min(0, t.x));
    return zoomIdentity.translate(x, 0).scale(k);
  }

  /**
   * Moves to `t` (clamped) as a zoom would, firing the usual zoom and end callbacks. With `animate`
   * it eases there, unless the reader prefers reduced motion.
   */
  set(t: ZoomTransform, animate = false): void {
    const clamped = this.clamp(this.mirror(t));
    this.stopAnimation();
    // (`clamped` is in screen terms already: reset would mirror it again.)
    if (!this.selection) this.reset(this.mirror(clamped));
    else if (animate && !prefersReducedMotion()) this.animate(clamped);
    else {
      this.goal = undefined;
      this.behavior.transform(this.selection, clamped);
    }
  }

  private frame = 0;

  /**
   * Eases from the current transform to `to` along d3's smooth zoom path (van Wijk and Nuij, as a
   * d3-zoom transition takes), so what the move ends on stays in view on the way. Frames update the
   * view only; the end goes through d3-zoom once, so `onEnd` (and the range-change event) fires once.
   */
  private animate(to: ZoomTransform): void {
    const from = this.current;
    const selection = this.selection!;
    this.goal = to;
    const mid = this.width / 2;
    // Views as [centre x, centre y, width] in unzoomed pixels.
    const path = interpolateZoom([from.invertX(mid), 0, this.width / from.k], [to.invertX(mid), 0, this.width / to.k]);
    const started = performance.now();
    const step = (now: number) => {
      const p = ease(Math.min(1, (now - started) / ANIMATION_MS));
      if (p >= 1) {
        this.frame = 0;
        this.goal = undefined;
        this.behavior.transform(selection, to);
        return;
      }
      const [c, , w] = path(p);
      const k = this.width / w;
      this.current = zoomIdentity.translate(mid - c * k, 0).scale(k);
      selection.property('__zoom', this.current);
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private stopAnimation(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Zooms by `factor` around x `at` (pixels, in the host's frame). */
  zoomBy(factor: number, at: number, animate = true): void {
    const t = this.mirror(this.goal ?? this.current);
    const k = t.k * factor;
    this.set(zoomIdentity.translate(at - ((at - t.x) * k) / t.k, 0).scale(k), animate);
  }

  /** Pans by `dx` pixels (positive moves the view later in time). */
  panBy(dx: number, animate = true): void {
    const t = this.mirror(this.goal ?? this.current);
    this.set(zoomIdentity.translate(t.x - dx, 0).scale(t.k), animate);
  }

  /** Replaces the transform without a gesture or events (after new data or a resize). */
  reset(t: ZoomTransform): void {
    this.goal = undefined;
    this.stopAnimation();
    this.current = this.clamp(this.mirror(t));
    this.selection?.property('__zoom', this.current);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Listeners were removed on disconnect: an update re-attaches them in hostUpdated.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.options.target();
    if (!target || this.selection?.node() === target) return;
    this.selection = select(target);
    // d3-zoom keeps its transform on the element (`__zoom`): start it from ours, without zoom events.
    this.selection.property('__zoom', this.current);
    this.selection.call(this.behavior);
    // Double-click zooms in (Shift: out) around the pointer, eased like the buttons.
    this.selection.on('dblclick.zoom', (event: MouseEvent) => {
      event.preventDefault();
      const x = pointer(event, target)[0];
      this.zoomBy(event.shiftKey ? 0.5 : 2, this.options.mirrored?.() ? this.width - x : x);
    });
  }

  hostDisconnected(): void {
    this.stopAnimation();
    this.gestures = 0;
    this.goal = undefined;
    this.selection?.on('.zoom', null);
    this.selection = undefined;
  }
}
