// JSON modules are opaque: each import says what it trusts the file to be. The shipped dataset is
// checked by the test suite with `parseDataset` (test/data/syria.test.ts); anything else is parsed.
declare module '*.json' {
  const value: unknown;
  export default value;
}
