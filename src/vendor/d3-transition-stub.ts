// The embed bundle's stand-in for d3-transition (see vite.bundle.config.ts). d3-zoom imports
// d3-transition only to stop transitions it started; the zoom controller eases moves itself and
// sets d3-zoom's duration to 0, so no d3 transition ever runs, and stopping one is a no-op. The real
// module would bring d3-interpolate's colour code, d3-color, d3-ease and d3-timer: about 4 KB gzip.
import { selection } from 'd3-selection';

/** Stops nothing: no d3 transition runs in this library. */
export function interrupt(): void {}

// d3-zoom calls `selection.interrupt()` when it sets a transform.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
