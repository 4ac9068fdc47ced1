import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_bg: var(--chronicle-timeline-background, var(--chronicle-background, Canvas));
    --_fg: var(--chronicle-timeline-color, var(--chronicle-color, CanvasText));
    --_muted: var(--chronicle-timeline-muted-color, color-mix(in srgb, var(--_fg) 62%, var(--_bg)));
    --_grid: var(--chronicle-timeline-grid-color, color-mix(in srgb, var(--_fg) 14%, var(--_bg)));
    --_lane: var(--chronicle-timeline-lane-background, color-mix(in srgb, var(--_fg) 4%, var(--_bg)));
    /* The system's highlight, moved toward the text colour: it keeps 3:1 against a light and a dark
       background alike (Highlight alone is a dark blue in a dark colour scheme). */
    --_focus: var(--chronicle-focus-color, color-mix(in srgb, Highlight 60%, var(--_fg)));
    --_selected: var(--chronicle-timeline-selected-color, var(--_fg));
    display: block;
    position: relative;
    min-width: 0;
    font-family: var(--chronicle-font-family, system-ui, sans-serif);
    font-size: var(--chronicle-font-size, 12px);
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  .zoom-controls {
    display: flex;
    justify-content: flex-end;
    gap: 4px;
    padding: 4px 0 2px;
  }
  .zoom-controls button {
    min-width: 28px;
    min-height: 28px;
    font: inherit;
    font-size: 15px;
    line-height: 1;
    color: var(--_fg);
    background: var(--_lane);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  .zoom-controls button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .zoom-controls button:focus-visible,
  svg:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  /* The chart is laid out left to right whatever the page's direction: its labels are placed and
     anchored by x, and an inherited rtl would anchor them at their right ends. (Text inside still
     runs in its own direction.) */
  .chart {
    position: relative;
    direction: ltr;
  }
  /* The vertical layout: time runs down a chart of this height (its labels fill the rows it has). */
  .chart.column {
    height: var(--chronicle-timeline-column-height, min(80vh, 640px));
    min-height: 240px;
  }
  canvas.marks {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  /* Canvas mode reads its colours from these, so themes, dark mode and forced colours reach it. */
  .palette {
    display: none;
  }
  .palette .fg {
    color: var(--_fg);
  }
  .palette .bg {
    background-color: var(--_bg);
  }
  .palette .muted {
    color: var(--_muted);
  }
  .palette .selected {
    color: var(--_selected);
  }
  .palette .focus {
    color: var(--_focus);
  }
  .palette [data-edge] {
    color: color-mix(in srgb, var(--_c) 75%, var(--_fg));
  }
  svg {
    display: block;
    width: 100%;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  svg:active {
    cursor: grabbing;
  }
  .tick line {
    stroke: var(--_grid);
  }
  .tick.major line {
    stroke: color-mix(in srgb, var(--_fg) 28%, var(--_bg));
  }
  .tick text {
    fill: var(--_muted);
    font-size: 11px;
  }
  .tick.major text {
    fill: var(--_fg);
  }
  .break-band {
    fill: var(--_bg);
    fill-opacity: 0.7;
  }
  .break-mark {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .lane-bg {
    fill: var(--_lane);
  }
  .lane-label {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .item {
    cursor: pointer;
    outline: none;
  }
  /* A mark's edge: its category colour a quarter of the way to the text colour, so every category's
     marks keep 3:1 against the lanes in light and dark (WCAG 1.4.11), whatever the fill. */
  .item,
  .undated button {
    --_edge: color-mix(in srgb, var(--_c) 75%, var(--_fg));
  }
  .item .label {
    fill: var(--_fg);
    /* A halo in the background colour keeps labels legible over bars and grid lines. */
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .mark {
    fill: var(--_c);
    stroke: var(--_edge);
    stroke-width: 1.5;
  }
  .mark.date-span {
    fill-opacity: 0.28;
  }
  .mark.window {
    fill: url(#chronicle-hatch);
    fill-opacity: 1;
    stroke-dasharray: 4 3;
    color: var(--_c);
  }
  .mark.period {
    fill-opacity: 0.5;
  }
  /* Inside a solid bar the bar is the background; over a hatched window the halo stays. */
  .item .label.inside:not(.window) {
    stroke: none;
  }
  .label-plate {
    fill: var(--_bg);
  }
  .ongoing {
    fill: var(--_edge);
  }
  /* The category's shape at a bar's start, outlined in the background colour to stand off the bar. */
  .glyph {
    fill: var(--_edge);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  /* The vertical layout joins each label to its mark. */
  .leader {
    fill: none;
    stroke: var(--_edge);
    stroke-opacity: 0.7;
  }
  .open-start {
    stroke: var(--_edge);
    stroke-dasharray: 2 3;
    stroke-width: 1.5;
    fill: none;
  }
  .item:hover .label,
  .item:focus-visible .label {
    text-decoration: underline;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .item:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  /* Canvas mode paints the focused item's ring; the button's ring only gives it its bounds. */
  .item.shell .focus-ring {
    visibility: hidden;
  }
  .item.selected .mark {
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  /* Underlined, not bold: labels were measured at normal weight, and bold would widen them. */
  .item.selected .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  /* An item linked to the selected one: what disputes it, or what it disputes. */
  .item.related .mark {
    stroke: var(--_selected);
    stroke-width: 2.5;
    stroke-dasharray: 3 2;
  }
  .item.related .label {
    text-decoration: underline dotted;
    text-decoration-thickness: 2px;
  }
  .badge.related rect {
    stroke: var(--_selected);
    stroke-width: 2.5;
    stroke-dasharray: 3 2;
    fill: var(--_muted);
  }
  .tooltip span {
    display: block;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, -100%);
    width: max-content;
    max-width: min(280px, 100%);
    box-sizing: border-box;
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--chronicle-tooltip-background, var(--_fg));
    color: var(--chronicle-tooltip-color, var(--_bg));
    font-size: 12px;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }
  .badge rect {
    fill: var(--_fg);
  }
  .badge text {
    fill: var(--_bg);
    font-size: 11px;
    font-weight: 700;
  }
  .badge {
    cursor: zoom-in;
    outline: none;
  }
  .badge:focus-visible rect,
  .badge:hover rect {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .undated {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
    margin: 0;
    padding: 6px 8px;
    border-top: 1px solid var(--_grid);
  }
  .undated h2 {
    margin: 0;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .undated ul {
    display: contents;
    list-style: none;
  }
  .undated button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px dashed var(--_edge);
    border-radius: 3px;
    padding: 2px 6px;
    cursor: pointer;
  }
  .undated button[aria-pressed='true'] {
    border-style: solid;
    font-weight: 700;
  }
  .undated button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .empty {
    padding: 24px 8px;
    color: var(--_muted);
    text-align: center;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--chronicle-timeline-background, var(--chronicle-background, #15171a));
      --_fg: var(--chronicle-timeline-color, var(--chronicle-color, #e8e6e3));
    }
  }
  /* theme="dark" or "light" forces one, whatever the reader's system prefers. */
  :host([theme='dark']) {
    color-scheme: dark;
    --_bg: var(--chronicle-timeline-background, var(--chronicle-background, #15171a));
    --_fg: var(--chronicle-timeline-color, var(--chronicle-color, #e8e6e3));
  }
  :host([theme='light']) {
    color-scheme: light;
    --_bg: var(--chronicle-timeline-background, var(--chronicle-background, Canvas));
    --_fg: var(--chronicle-timeline-color, var(--chronicle-color, CanvasText));
  }
  @media (forced-colors: active) {
    .mark,
    .ongoing,
    .badge rect {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .leader {
      stroke: CanvasText;
    }
    .glyph {
      fill: CanvasText;
      stroke: Canvas;
    }
    .label-plate {
      fill: Canvas;
    }
    /* The tooltip's colours are the text's, swapped: here it takes the reader's own. */
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    /* Bars are CanvasText at half strength here: a label inside one keeps its halo too. */
    .item .label,
    .item .label.inside:not(.window) {
      stroke: Canvas;
    }
    .badge text {
      fill: Canvas;
    }
    .item:focus-visible .focus-ring,
    .badge:focus-visible rect {
      stroke: Highlight;
    }
  }
`;
