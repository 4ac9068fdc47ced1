/**
 * The self-contained embed bundle's entry: registers every element, and exports the element classes,
 * their events, the Syria dataset and its types. (The package's `define.js` also exports the core
 * functions, the controllers and the dataset parser; the bundle leaves out what the elements do not use
 * up front, for its size: the elements load the parser, from a file beside the bundle, when a page
 * brings its own JSON.)
 */
import './components/timeline/define.js';
import './components/explorer/define.js';

export { ChronicleTimeline } from './components/timeline/timeline.js';
export { ChronicleOverview } from './components/overview/overview.js';
export { ChronicleCard } from './components/card/card.js';
export { ChronicleLegend } from './components/legend/legend.js';
export { ChronicleList } from './components/list/list.js';
export { ChronicleExplorer } from './components/explorer/explorer.js';
// The dataset and its types; not the parser or the translation helpers (the package has them): the
// bundle loads them, and the Arabic words already checked and applied, from files beside it.
export * from './data/types.js';
export * from './data/errors.js';
export { syria } from './data/syria.js';
export * from './events/select.js';
export * from './events/range-change.js';
export * from './events/filter-change.js';
export * from './events/data.js';
