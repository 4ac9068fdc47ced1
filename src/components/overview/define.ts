import { ChronicleOverview } from './overview.js';

if (!customElements.get('chronicle-overview')) {
  customElements.define('chronicle-overview', ChronicleOverview);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-overview': ChronicleOverview;
  }
}

export { ChronicleOverview };
