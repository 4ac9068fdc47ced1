import raw from '../../data/syria.json' with { type: 'json' };
import { formatDatasetError, parseDataset } from './parse.js';
import type { ChronicleDataset } from './types.js';

function load(json: unknown): ChronicleDataset {
  const result = parseDataset(json);
  if (!result.ok)
    throw new Error(`The shipped Syria dataset is invalid: ${result.errors.map(formatDatasetError).join('; ')}`);
  return result.dataset;
}

/**
 * The shipped dataset: every event, statement and period that the report on Iraqi militias crossing
 * into Syria (2 December 2024) mentions, from the 2011 uprising on. Parsed and checked on first import.
 */
export const syria: ChronicleDataset = /* @__PURE__ */ load(raw);
