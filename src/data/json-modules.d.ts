// The dataset is imported as an opaque JSON module: it is checked at run time by `parseDataset`,
// which is what gives it its type. Keeping it `unknown` means nothing trusts the file unparsed.
declare module '*.json' {
  const value: unknown;
  export default value;
}
