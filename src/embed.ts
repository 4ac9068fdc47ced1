/**
 * The self-contained embed bundle's entry: registers every element, and exports the element classes,
 * their events, the Syria dataset, its types and the dataset parser. (The package's `define.js` also exports the
 * core functions and controllers; the bundle leaves out what the elements do not use, for its size.)
 */
import './components/timeline/define.js';
import './components/explorer/define.js';

export { ChronicleTimeline } from './components/timeline/timeline.js';
export { ChronicleOverview } from './components/overview/overview.js';
export { ChronicleCard } from './components/card/card.js';
export { ChronicleLegend } from './components/legend/legend.js';
export { ChronicleList } from './components/list/list.js';
export { ChronicleExplorer } from './components/explorer/explorer.js';
// The dataset, its types and parser; not the translation helpers (the package has them): the bundle
// loads the Arabic words, already checked and applied, from the file beside it.
export * from './data/types.js';
export * from './data/parse.js';
export { syria } from './data/syria.js';
export * from './events/select.js';
export * from './events/range-change.js';
export * from './events/filter-change.js';
export * from './events/data.js';
