/** Registers every chronicle element. This is the self-contained bundle's entry. */
import './components/timeline/define.js';
import './components/explorer/define.js';

export * from './index.js';
