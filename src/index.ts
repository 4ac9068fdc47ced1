// Classes, types, core functions and the dataset. Importing this registers nothing:
// import `syria-chronicle/define.js` (or a component's define entry) for that.
export { ChronicleTimeline } from './components/timeline/timeline.js';
export { ChronicleOverview } from './components/overview/overview.js';
export { ChronicleCard } from './components/card/card.js';
export { ChronicleLegend } from './components/legend/legend.js';
export { ChronicleList } from './components/list/list.js';
export { ChronicleExplorer } from './components/explorer/explorer.js';
export * from './data/index.js';
export * from './core/dates.js';
export * from './core/format.js';
export * from './core/scale.js';
export * from './core/lanes.js';
export * from './core/layout.js';
export * from './core/hit.js';
export * from './core/categories.js';
export * from './core/shapes.js';
export * from './core/filter.js';
export * from './core/overview.js';
export * from './events/detail-event.js';
export * from './events/select.js';
export * from './events/range-change.js';
export * from './events/filter-change.js';
export * from './events/data.js';
export { ResizeController } from './controllers/resize.js';
export { ZoomController, type ZoomControllerOptions } from './controllers/zoom.js';
export { LinkController, type LinkHost } from './controllers/link.js';
export { DataSourceController, MAX_SOURCE_BYTES, type DataState } from './controllers/data-source.js';
export { BrushController, type BrushControllerOptions } from './controllers/brush.js';
