import { ChronicleCard } from './card.js';

if (!customElements.get('chronicle-card')) {
  customElements.define('chronicle-card', ChronicleCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-card': ChronicleCard;
  }
}

export { ChronicleCard };
