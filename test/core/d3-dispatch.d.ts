// d3-dispatch ships no types (d3-zoom uses it internally); the equivalence test compares against it.
declare module 'd3-dispatch' {
  export function dispatch(...types: string[]): unknown;
}
