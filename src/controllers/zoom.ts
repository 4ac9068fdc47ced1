import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomControllerOptions {
  /** The element zoom listens on; looked up after each render. */
  readonly target: () => SVGSVGElement | null | undefined;
  /** Called once a zoom or pan gesture ends, with the settled transform. */
  readonly onEnd?: (transform: ZoomTransform) => void;
}

/**
 * Wraps d3-zoom: wheel, trackpad pinch, drag, touch and double-click change `transform`, which the
 * host turns into a visible scale with `transform.rescaleX(base)`. D3 only attaches listeners; Lit renders.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.options.onEnd?.(event.transform));
    host.addController(this);
  }

  /** Sets the zoom limits and the viewport size (call when width, height or domain change). */
  configure(width: number, height: number, maxScale: number): void {
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

  /** Moves to a transform, clamped to the limits; fires the usual zoom and end callbacks. */
  set(transform: ZoomTransform): void {
    if (this.selection) this.behavior.transform(this.selection, transform);
    else {
      this.transform = transform;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    const target = this.options.target();
    if (!target || this.selection?.node() === target) return;
    this.selection = select(target);
    // d3-zoom keeps the transform on the element (`__zoom`); start it from ours (after a reconnect or
    // a re-render that replaced the <svg>) without firing zoom events.
    this.selection.property('__zoom', this.transform);
    this.selection.call(this.behavior);
  }

  hostDisconnected(): void {
    this.selection?.on('.zoom', null);
    this.selection = undefined;
  }
}
