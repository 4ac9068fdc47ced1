/** One thing wrong with a dataset: where (`events[4].when.date`) and what, in a sentence a person understands. */
export interface DatasetError {
  readonly path: string;
  readonly message: string;
}

/** `events[4].when.date: "2024-13-01" is not a calendar date`. */
export function formatDatasetError(error: DatasetError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}
