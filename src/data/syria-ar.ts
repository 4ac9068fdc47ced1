import raw from '../../data/syria.ar.json' with { type: 'json' };
import { parseTranslation, translateDataset } from './translation.js';
import type { ChronicleDataset } from './types.js';

/**
 * The shipped dataset in Arabic: `syria` with the words of `data/syria.ar.json`, checked first. Loaded
 * on demand (`syriaIn`), so the check and the words stay out of the bundle until a page asks. It
 * shares no code with the bundle (it would be split into a third file): it formats errors itself.
 */
export function inArabic(syria: ChronicleDataset): ChronicleDataset {
  const result = parseTranslation(raw, syria);
  if (!result.ok)
    throw new Error(
      `The Arabic translation is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return translateDataset(syria, result.translation);
}
