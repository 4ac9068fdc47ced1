// Classes, types, core functions and the dataset. Importing this registers nothing:
// import `syria-chronicle/define.js` (or a component's define entry) for that.
export { ChronicleTimeline } from './components/timeline/timeline.js';
export * from './data/index.js';
export * from './core/dates.js';
export * from './core/format.js';
export * from './core/scale.js';
export * from './core/lanes.js';
export * from './core/layout.js';
export * from './core/hit.js';
export * from './core/categories.js';
export * from './events/select.js';
export * from './events/range-change.js';
export { ResizeController } from './controllers/resize.js';
export { ZoomController, type ZoomControllerOptions } from './controllers/zoom.js';
