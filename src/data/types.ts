/**
 * The dataset's shape. `data/schema.json` describes the same JSON; a test proves the two agree.
 *
 * Dates are calendar dates written as the report gives them, with their precision carried by their
 * form: `"2011"` (a year), `"2016-12"` (a month) or `"2024-12-01"` (a day). They are UTC calendar
 * dates and never shift with the viewer's time zone.
 */

/** A calendar date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type CalendarDate = string;

export const PRECISIONS = ['year', 'month', 'day'] as const;
/** How finely a calendar date is known. */
export type Precision = (typeof PRECISIONS)[number];

export const CATEGORIES = [
  'armed-conflict',
  'foreign-forces',
  'diplomacy',
  'statement',
  'humanitarian',
  'political',
  'regional',
] as const;
/** What kind of thing an item is; a small fixed set so colours and lanes stay legible. */
export type Category = (typeof CATEGORIES)[number];

export const DATE_METHODS = ['explicit', 'relative', 'context', 'undated'] as const;
/**
 * How a date was obtained from the report:
 * - `explicit`: the report names the date or year.
 * - `relative`: resolved from a relative word ("on Sunday", "last week", "last year") against the report's date.
 * - `context`: not dated in the report; bounded by what the report says around it.
 * - `undated`: the report gives no date and nothing bounds it.
 */
export type DateMethod = (typeof DATE_METHODS)[number];

/** One point in time known to a precision. */
export interface DateWhen {
  readonly type: 'date';
  readonly date: CalendarDate;
}

/** A measured duration: from `start` to `end`, or still going on (`ongoing: true`, no `end`). */
export interface PeriodWhen {
  readonly type: 'period';
  readonly start: CalendarDate;
  readonly end?: CalendarDate;
  readonly ongoing?: boolean;
}

/**
 * Something that happened at one unknown moment inside a window ("last week", "before the advance").
 * `from` is absent when the report bounds the window only on one side.
 */
export interface WindowWhen {
  readonly type: 'window';
  readonly from?: CalendarDate;
  readonly to: CalendarDate;
}

/** The report gives no date. `ongoing` marks a state that still holds at the report's date. */
export interface UndatedWhen {
  readonly type: 'undated';
  readonly ongoing?: boolean;
}

export type When = DateWhen | PeriodWhen | WindowWhen | UndatedWhen;

/** How the date was obtained: the report's words and the method, so a reader can check it. */
export interface DateBasis {
  readonly method: DateMethod;
  /** The report's own few words for the time ("late on Sunday", "last year"), if any. */
  readonly words?: string;
  /** One sentence on how the date follows from those words. */
  readonly note: string;
}

/** Where in the report an item comes from and who says so. */
export interface SourceRef {
  /** Paragraph numbers in the report (0 is the picture caption, 1 the first paragraph of the text). */
  readonly paragraphs: readonly number[];
  /** Who the report attributes it to, in our words ("two Iraqi security sources", "the Kremlin"). */
  readonly attribution: string;
  /**
   * Where the report (or the item's own source) can be read: an absolute `http:` or `https:` address,
   * which the card links to. No other scheme is accepted (`javascript:`, `data:` and the like are refused).
   */
  readonly url?: string;
}

export const RELATION_TYPES = ['disputes', 'supports'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A link from one claim to another: this item disputes, or supports, the target item. */
export interface Relation {
  readonly type: RelationType;
  readonly target: string;
}

/** One event, statement or period. */
export interface ChronicleEvent {
  /** Stable id: lowercase words joined by hyphens. */
  readonly id: string;
  /** A short title in our own words. */
  readonly title: string;
  /** One to three sentences in our own words. */
  readonly summary: string;
  readonly category: Category;
  readonly when: When;
  readonly dateBasis: DateBasis;
  /** Ids into the dataset's `actors`. */
  readonly actors: readonly string[];
  /** Ids into the dataset's `places`. */
  readonly places: readonly string[];
  readonly source: SourceRef;
  readonly relations?: readonly Relation[];
}

export const ACTOR_KINDS = ['state', 'armed-group', 'organisation', 'person', 'media'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

export interface Place {
  readonly id: string;
  readonly name: string;
  /** `[longitude, latitude]` in degrees (GeoJSON order), only where the place is known. */
  readonly coordinates?: readonly [number, number];
}

/** The report the dataset is drawn from. */
export interface ReportInfo {
  readonly title: string;
  /** The report's own date, which relative words are resolved against. */
  readonly date: CalendarDate;
  /** How the report's date is fixed by its text. */
  readonly dateNote: string;
}

/** A whole dataset: the items and the tables they refer to. */
export interface ChronicleDataset {
  readonly report: ReportInfo;
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly events: readonly ChronicleEvent[];
}
