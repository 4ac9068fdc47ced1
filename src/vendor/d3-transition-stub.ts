// The embed bundle's stand-in for d3-transition (see vite.bundle.config.ts). d3-zoom imports
// d3-transition only to stop transitions it started; the zoom controller eases moves itself and
// sets d3-zoom's duration to 0, so no d3 transition ever runs, and stopping one is a no-op. The real
// module would bring d3-interpolate's colour code, d3-color, d3-ease and d3-timer: about 4 KB gzip.
// (d3-zoom also calls `selection.interrupt()`: the bundle's slim d3-selection has it, as a no-op.)

/** Stops nothing: no d3 transition runs in this library. */
export function interrupt(): void {}
