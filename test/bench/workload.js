// The seeded benchmark workload: N items from 2011-03-15 to 2024-12-31, 30% of them crowded into
// 2024-11-27..2024-12-08, 20% ranges, 8 lanes. Day precision (the dataset's finest), UTC.

const DAY = 86_400_000;
const SPREAD = [Date.UTC(2011, 2, 15), Date.UTC(2024, 11, 31)];
const CROWDED = [Date.UTC(2024, 10, 27), Date.UTC(2024, 11, 8)];
export const LANES = 8;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same workload everywhere. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'shelling',
  'near',
  'convoy',
  'crossing',
  'talks',
  'statement',
  'border',
  'airstrike',
  'aid',
  'ceasefire',
  'offensive',
  'protest',
  'province',
  'militia',
  'returns',
  'report',
  'meeting',
  'advance',
  'withdrawal',
  'camp',
];

/**
 * `{ i, start, end, lane, range, title }` per item: `start` at a UTC day's start; `end` is the start of
 * the last day (a point's end is its start). Items come in no particular order, as an archive's would.
 */
export function workload(n, seed = 20241202) {
  const rnd = mulberry32(seed);
  const items = [];
  for (let i = 0; i < n; i++) {
    const crowded = rnd() < 0.3;
    const [a, b] = crowded ? CROWDED : SPREAD;
    const start = a + Math.floor(rnd() * ((b - a) / DAY + 1)) * DAY;
    const range = rnd() < 0.2;
    const days = range ? 1 + Math.floor(rnd() * (crowded ? 4 : 90)) : 0;
    const lane = Math.floor(rnd() * LANES);
    const words = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    // Joined, so each title is one flat string, as text read from a file or a database is: built up
    // piece by piece it would be a chain of pieces, which whatever reads the title first (a chart
    // checking its data) has to copy into one.
    const title = [...words, i].join(' ');
    items.push({ i, start, end: start + days * DAY, lane, range, title });
  }
  return items;
}

export const DAY_MS = DAY;

/** `YYYY-MM-DD` of a UTC day start. */
export function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}
