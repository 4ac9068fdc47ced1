import '../timeline/define.js';
import '../overview/define.js';
import '../card/define.js';
import '../legend/define.js';
import '../list/define.js';
import { ChronicleExplorer } from './explorer.js';

if (!customElements.get('chronicle-explorer')) {
  customElements.define('chronicle-explorer', ChronicleExplorer);
}

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-explorer': ChronicleExplorer;
  }
}

export { ChronicleExplorer };
