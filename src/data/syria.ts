import raw from '../../data/syria.json' with { type: 'json' };
import type { ChronicleDataset } from './types.js';

/**
 * The shipped dataset: every event, statement and period that the report on Iraqi militias crossing
 * into Syria (2 December 2024) mentions, from the 2011 uprising on. The test suite checks the file
 * with `parseDataset` (and that the parser returns it unchanged), so pages do not pay for the check.
 */
export const syria = raw as ChronicleDataset;
