import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChronicleTimeline } from '../components/timeline/timeline.js';
import { channelOf } from '../link/channel.js';

/** An element that can be bound to a timeline by id, the way `<label for>` binds to a control. */
export type LinkHost = ReactiveControllerHost & HTMLElement & { htmlFor: string };

/**
 * Binds a companion element to the timeline its `for` attribute names, in the same document or
 * shadow root. Once bound (whenever that timeline appears), `onUpdate` runs now and after each of the
 * timeline's updates; the host reads the timeline's public properties there, and applies the reader's
 * actions through its public properties and methods. Nothing reaches into another shadow root.
 */
export class LinkController implements ReactiveController {
  /** The bound timeline, if `for` names one. */
  timeline?: ChronicleTimeline;
  #observer?: MutationObserver;
  #boundFor = '';

  constructor(
    private readonly host: LinkHost,
    private readonly onUpdate: (timeline: ChronicleTimeline) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#bind();
  }

  hostUpdated(): void {
    if (this.host.htmlFor !== this.#boundFor) this.#bind();
  }

  hostDisconnected(): void {
    this.#unbind();
  }

  readonly #notify = (): void => {
    if (this.timeline) this.onUpdate(this.timeline);
  };

  #bind(): void {
    this.#unbind();
    this.#boundFor = this.host.htmlFor;
    if (!this.#boundFor || !this.host.isConnected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const find = () => {
      const found = root.getElementById(this.#boundFor);
      if (!found || !('visibleRange' in found)) return false;
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.timeline = found as ChronicleTimeline;
      channelOf(found).addEventListener('update', this.#notify);
      this.#notify();
      return true;
    };
    // The timeline may come later in the page, or be defined later: watch until it is there.
    if (!find()) {
      void customElements.whenDefined('chronicle-timeline').then(() => {
        if (this.#observer) find();
      });
      this.#observer = new MutationObserver(() => void find());
      this.#observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    }
  }

  #unbind(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.timeline) channelOf(this.timeline).removeEventListener('update', this.#notify);
    this.timeline = undefined;
  }
}
