// React components for every chronicle element, made with @lit/react: typed props for the elements'
// properties, and `on…` callbacks for their events. Importing this registers the elements.
//
//   import { Explorer, Timeline } from 'syria-chronicle/react';
//   <Timeline groupBy="actor" onSelect={(e) => console.log(e.detail.item?.title)} />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
import { ChronicleCard } from '../components/card/card.js';
import { ChronicleExplorer } from '../components/explorer/explorer.js';
import { ChronicleLegend } from '../components/legend/legend.js';
import { ChronicleList } from '../components/list/list.js';
import { ChronicleOverview } from '../components/overview/overview.js';
import { ChronicleTimeline } from '../components/timeline/timeline.js';
import type { ChronicleDataLoadEvent, ChronicleErrorEvent } from '../events/data.js';
import type { ChronicleFilterChangeEvent } from '../events/filter-change.js';
import type { ChronicleRangeChangeEvent } from '../events/range-change.js';
import type { ChronicleSelectEvent } from '../events/select.js';

const onSelect = 'chronicle-select' as EventName<ChronicleSelectEvent>;
const onRangeChange = 'chronicle-range-change' as EventName<ChronicleRangeChangeEvent>;
const onFilterChange = 'chronicle-filter-change' as EventName<ChronicleFilterChangeEvent>;
const onError = 'chronicle-error' as EventName<ChronicleErrorEvent>;
const onDataLoad = 'chronicle-data-load' as EventName<ChronicleDataLoadEvent>;

/** `<chronicle-timeline>`. */
export const Timeline = createComponent({
  tagName: 'chronicle-timeline',
  elementClass: ChronicleTimeline,
  react: React,
  events: { onSelect, onRangeChange, onFilterChange, onError, onDataLoad },
});

/** `<chronicle-explorer>`. */
export const Explorer = createComponent({
  tagName: 'chronicle-explorer',
  elementClass: ChronicleExplorer,
  react: React,
  events: { onSelect, onRangeChange, onFilterChange, onError, onDataLoad },
});

/** `<chronicle-overview>`. */
export const Overview = createComponent({
  tagName: 'chronicle-overview',
  elementClass: ChronicleOverview,
  react: React,
  events: { onRangeChange },
});

/** `<chronicle-card>`. */
export const Card = createComponent({
  tagName: 'chronicle-card',
  elementClass: ChronicleCard,
  react: React,
  events: { onSelect },
});

/** `<chronicle-legend>`. */
export const Legend = createComponent({
  tagName: 'chronicle-legend',
  elementClass: ChronicleLegend,
  react: React,
  events: { onFilterChange },
});

/** `<chronicle-list>`. */
export const List = createComponent({
  tagName: 'chronicle-list',
  elementClass: ChronicleList,
  react: React,
  events: { onSelect },
});
