import { ChronicleLegend } from './legend.js';

if (!customElements.get('chronicle-legend')) {
  customElements.define('chronicle-legend', ChronicleLegend);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-legend': ChronicleLegend;
  }
}

export { ChronicleLegend };
