import type { Category, ChronicleEvent } from '../data/types.js';

/** Display names of the categories, in lane order. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'armed-conflict': 'Armed conflict',
  'foreign-forces': 'Foreign forces',
  diplomacy: 'Diplomacy',
  statement: 'Statements',
  humanitarian: 'Humanitarian',
  political: 'Political',
  regional: 'Regional wars',
};

/**
 * Default category colours (Okabe–Ito, distinguishable with common colour-vision deficiencies),
 * each overridable by `--chronicle-color-<category>`.
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  'armed-conflict': '#D55E00',
  'foreign-forces': '#0072B2',
  diplomacy: '#009E73',
  statement: '#CC79A7',
  humanitarian: '#E69F00',
  political: '#56B4E9',
  regional: '#7A7A7A',
};

/** Each category's colour as CSS, made once: a canvas frame asks for hundreds. */
const CATEGORY_CSS = Object.fromEntries(
  Object.entries(CATEGORY_COLORS).map(([c, color]) => [c, `var(--chronicle-color-${c}, ${color})`]),
) as Readonly<Record<Category, string>>;

/** An item's colour as CSS: its category's custom property, falling back to the default palette. */
export function categoryColor(event: Pick<ChronicleEvent, 'category'>): string {
  return CATEGORY_CSS[event.category];
}
