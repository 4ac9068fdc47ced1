/** Registers every chronicle element, and exports what the main entry does. (The embed bundle starts from `embed.ts`.) */
import './components/timeline/define.js';
import './components/explorer/define.js';

export * from './index.js';
