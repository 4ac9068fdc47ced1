/* global window -- the page.evaluate callbacks below run in the page */
// `npm run bench`: times syria-chronicle, vis-timeline and a bare Canvas2D floor on the same seeded
// workload in headless Chromium, interleaved trial by trial, in several browser sessions one after
// another, and prints medians over all of them with min and max, each as a ratio to the floor, and
// the JS heap and DOM nodes one chart holds (measured once per session, untimed). Not part of
// `npm test`: timings belong here, not in tests.
//
//   npm run bench                      all sizes (100, 1,000, 10,000, 50,000)
//   npm run bench -- --sizes 100,10000 some sizes
//   npm run bench -- --sessions 1      one browser session (faster, less reproducible)
//   npm run bench -- --trials 3        trials per size in each session
//   npm run bench -- --smoke           one short trial at 100 items; fails if anything does not work
//   npm run bench -- --no-build        use dist/bundle as it is
//
// vis-timeline runs up to 10,000 items (at 50,000 one first render takes minutes); --vis-max 50000 to try.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const smoke = flag('smoke');
const sizes = (option('sizes', smoke ? '100' : '100,1000,10000,50000') ?? '').split(',').map(Number);
const visMax = Number(option('vis-max', 10000));
// On this shared 2-core machine results differ from one browser session to the next, and ours and the
// floor's do not move together: in three browser sessions of 9 trials, the same build's median first
// render at 10,000 items went from 61 to 96 ms and its ratio to the floor from 2.6x to 4.7x. So each
// size's trials are spread over several browser sessions (a fresh browser each, which runs the sizes
// in the order given, as one run would) and pooled.
const count = (name, fallback) => {
  const n = Number(option(name, fallback));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number from 1 up`);
  return n;
};
const sessions = count('sessions', smoke ? 1 : 3);
// Trials per size in each browser session: 5 at 10,000 items, where the targets are (15 over the
// default three sessions), 3 at the others.
const trialsFor = (n) => count('trials', smoke ? 1 : n === 10000 ? 5 : 3);

if (!flag('no-build')) {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.bundle.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const BUNDLES = {
  'syria-chronicle': ['dist/bundle/syria-chronicle.js'],
  'vis-timeline': [
    'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
  ],
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const ARGS = [
  ...CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  // Frames as fast as they can be made, so a step's time is its work, not the wait for vsync.
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--run-all-compositor-stages-before-draw',
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
const errors = [];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

const results = {};
let failed = false;
/** Each size's trials by library, pooled over the sessions. */
const runs = Object.fromEntries(sizes.map((n) => [n, {}]));
/** Each size's footprints (heap and DOM nodes held) by library, one per session. */
const footprints = Object.fromEntries(sizes.map((n) => [n, {}]));
let libraries = [];

/** Runs the page's `bench[what]` for one library at `n` items into `into[n][library]`; a failure fails the run. */
async function measure(page, what, library, n, into) {
  try {
    const result = await page.evaluate(([f, l, size]) => window.bench[f](l, size), [what, library, n]);
    (into[n][library] ??= []).push(result);
  } catch (e) {
    failed = true;
    console.error(`${library} at ${n} (${what}): ${e.message.split('\n')[0]}`);
  }
}

for (let session = 0; session < sessions; session++) {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/test/bench/page.html`);
  await page.waitForFunction(() => window.bench);
  libraries = await page.evaluate(() => window.bench.LIBRARIES);
  for (const n of sizes) {
    const active = libraries.filter((l) => l !== 'vis-timeline' || n <= visMax);
    for (let t = 0; t < trialsFor(n); t++) {
      // Interleaved: each trial runs every library, in an order that rotates from trial to trial,
      // counted across sessions so that the pooled trials start with each library equally often.
      const k = session * trialsFor(n) + t;
      const order = active.map((_, i) => active[(i + k) % active.length]);
      for (const library of order) await measure(page, 'trial', library, n, runs);
    }
    // Once per session, untimed: the heap and DOM nodes one chart holds.
    for (const library of active) await measure(page, 'footprint', library, n, footprints);
  }
  await browser.close();
  if (sessions > 1) console.log(`session ${session + 1} of ${sessions} done`);
}
for (const n of sizes) {
  results[n] = Object.fromEntries(
    libraries
      .filter((l) => runs[n][l]?.length)
      .map((l) => {
        const r = runs[n][l];
        const held = footprints[n][l] ?? [];
        return [
          l,
          {
            trials: r.length,
            render: stats(r.map((x) => x.render)),
            zoom: stats(r.flatMap((x) => x.zoom)),
            pan: stats(r.flatMap((x) => x.pan)),
            heap: stats(held.map((x) => x.heap / 1048576)),
            nodes: stats(held.map((x) => x.nodes)),
          },
        ];
      }),
  );
  print(n, results[n]);
  if (!results[n]['bare canvas']) failed = true;
}

const bundles = Object.fromEntries(
  Object.entries(BUNDLES).map(([l, files]) => {
    const js = readFileSync(join(root, files[0]));
    const css = files[1] ? statSync(join(root, files[1])).size : 0;
    return [l, { raw: js.length, gzip: gzipSync(js, { level: 9 }).length, css }];
  }),
);
console.log('\nBundle (JavaScript, minified)');
for (const [l, b] of Object.entries(bundles)) {
  const css = b.css ? `, plus ${(b.css / 1024).toFixed(1)} KB CSS` : '';
  console.log(`  ${l.padEnd(16)} ${(b.raw / 1024).toFixed(1)} KB raw, ${(b.gzip / 1024).toFixed(1)} KB gzip${css}`);
}

server.close();
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/bench.json'),
  JSON.stringify({ date: new Date().toISOString(), sizes, sessions, results, bundles, errors }, null, 2),
);
if (errors.length) {
  failed = true;
  console.error(`page errors:\n  ${errors.join('\n  ')}`);
}
if (smoke) console.log(failed ? '\nbench smoke test: FAILED' : '\nbench smoke test: ok');
process.exit(failed ? 1 : 0);

function print(n, byLib) {
  const floor = byLib['bare canvas'];
  const ms = (s) => `${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)})`;
  const ratio = (s, f) => (f ? `${(s.median / f.median).toFixed(1)}x` : '');
  const trials = Math.max(0, ...Object.values(byLib).map((r) => r.trials));
  console.log(`\n${n.toLocaleString('en')} items (${trials} trial${trials === 1 ? '' : 's'})`);
  const rows = [
    ['first render', (r) => ms(r.render), (r) => ratio(r.render, floor?.render)],
    ['zoom step', (r) => ms(r.zoom), (r) => ratio(r.zoom, floor?.zoom)],
    ['pan step', (r) => ms(r.pan), (r) => ratio(r.pan, floor?.pan)],
    ['JS heap', (r) => `${r.heap.median.toFixed(1)} MB`, () => ''],
    ['DOM nodes', (r) => `${Math.round(r.nodes.median)}`, () => ''],
  ];
  const libs = Object.keys(byLib);
  console.log(`  ${''.padEnd(13)}${libs.map((l) => l.padEnd(34)).join('')}`);
  for (const [name, value, rel] of rows) {
    const cells = libs.map((l) => `${value(byLib[l])} ${rel(byLib[l])}`.padEnd(34));
    console.log(`  ${name.padEnd(13)}${cells.join('')}`);
  }
}

function fmt(x) {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
