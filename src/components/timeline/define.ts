import { ChronicleTimeline } from './timeline.js';

if (!customElements.get('chronicle-timeline')) {
  customElements.define('chronicle-timeline', ChronicleTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-timeline': ChronicleTimeline;
  }
}

export { ChronicleTimeline };
