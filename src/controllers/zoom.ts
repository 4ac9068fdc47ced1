import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** Length of an animated zoom or pan. */
export const ANIMATION_MS = 250;

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface ZoomControllerOptions {
  /** The element zoom listens on; looked up after each render. */
  readonly target: () => SVGSVGElement | null | undefined;
  /** Called once a zoom or pan gesture ends, with the settled transform. */
  readonly onEnd?: (transform: ZoomTransform) => void;
}

/**
 * Wraps d3-zoom: wheel, trackpad pinch, drag, touch and double-click change `transform`, from which
 * the host derives visible positions (`k * base(t) + x`). D3 only attaches listeners; Lit renders.
 * Every transform goes through this controller, so d3's own stored copy never goes stale.
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      // d3-zoom eases a double-click zoom; read the reader's motion preference on every gesture.
      .filter((event: MouseEvent) => {
        this.behavior.duration(prefersReducedMotion() ? 0 : ANIMATION_MS);
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.current = event.transform;
        this.host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.goal = undefined;
        this.options.onEnd?.(event.transform);
      });
    host.addController(this);
  }

  /** The current transform. */
  get transform(): ZoomTransform {
    return this.current;
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
    const clamped = this.clamp(t);
    if (!this.selection) this.reset(clamped);
    else if (animate && !prefersReducedMotion()) {
      this.goal = clamped;
      this.selection.transition().duration(ANIMATION_MS).call(this.behavior.transform, clamped);
    } else {
      this.goal = undefined;
      this.behavior.transform(this.selection, clamped);
    }
  }

  /** Zooms by `factor` around visible x `at` (pixels). */
  zoomBy(factor: number, at: number, animate = true): void {
    const t = this.goal ?? this.current;
    const k = t.k * factor;
    this.set(zoomIdentity.translate(at - ((at - t.x) * k) / t.k, 0).scale(k), animate);
  }

  /** Pans by `dx` pixels (positive moves the view later in time). */
  panBy(dx: number, animate = true): void {
    const t = this.goal ?? this.current;
    this.set(zoomIdentity.translate(t.x - dx, 0).scale(t.k), animate);
  }

  /** Replaces the transform without a gesture or events (after new data or a resize). */
  reset(t: ZoomTransform): void {
    this.goal = undefined;
    this.selection?.interrupt();
    this.current = this.clamp(t);
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
  }

  hostDisconnected(): void {
    this.selection?.on('.zoom', null);
    this.selection = undefined;
  }
}
