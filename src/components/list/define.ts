import { ChronicleList } from './list.js';

if (!customElements.get('chronicle-list')) {
  customElements.define('chronicle-list', ChronicleList);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-list': ChronicleList;
  }
}

export { ChronicleList };
