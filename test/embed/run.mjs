/* global location, document, window, customElements, requestAnimationFrame -- the waitForFunction and evaluate callbacks run in the page */
// The embed, tried as a page author would: the built bundle and the example page served by a bare
// static server on 127.0.0.1 (no Vite, no node_modules), opened in Chromium. The explorer must
// render, answer clicks, zoom and pan (the bundle runs d3-zoom on a slim d3-selection), load data
// from `src` and from inline JSON, show a bad `src` as an error, and log no errors. Run after
// `npm run build` (`.ci/run` does).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(root, 'dist/bundle/syria-chronicle.js');
if (!existsSync(bundle)) {
  console.error('No dist/bundle/syria-chronicle.js: run `npm run build` first.');
  process.exit(1);
}

/** Pages made for this run, beside the example: the same one-tag embed, with data given other ways. */
const extra = {
  '/examples/embed-src.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>src</title>
<script type="module" src="../dist/bundle/syria-chronicle.js"></script>
<chronicle-explorer src="../data/syria.json"></chronicle-explorer>`,
  '/examples/embed-inline.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>inline</title>
<script type="module" src="../dist/bundle/syria-chronicle.js"></script>
<chronicle-explorer><script type="application/json">${JSON.stringify({
    report: { title: 'A company', date: '2020-01-01', dateNote: 'Made up.' },
    actors: [{ id: 'board', name: 'The board', kind: 'organisation' }],
    places: [],
    events: [
      {
        id: 'founded',
        title: 'Company founded',
        summary: 'It began.',
        category: 'political',
        when: { type: 'date', date: '2015-04-01' },
        dateBasis: { method: 'explicit', note: 'Made up.' },
        actors: ['board'],
        places: [],
        source: { paragraphs: [1], attribution: 'the founders' },
      },
    ],
  })}</script></chronicle-explorer>`,
  // Under a strict Content-Security-Policy (see CSP), with a hostile title in its data.
  '/examples/embed-csp.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>csp</title>
<script type="module" src="../dist/bundle/syria-chronicle.js"></script>
<chronicle-explorer><script type="application/json">${JSON.stringify({
    report: { title: 'A company', date: '2020-01-01', dateNote: 'Made up.' },
    actors: [],
    places: [],
    events: [
      {
        id: 'hostile',
        title: '<img src=x onerror="window.pwned=1">',
        summary: '<script>window.pwned=1</script>',
        category: 'political',
        when: { type: 'date', date: '2015-04-01' },
        dateBasis: { method: 'explicit', note: 'Made up.' },
        actors: [],
        places: [],
        source: { paragraphs: [1], attribution: '<b onmouseover="window.pwned=1">x</b>' },
      },
    ],
  }).replace(/</g, '\\u003c')}</script></chronicle-explorer>
<chronicle-explorer id="syria"></chronicle-explorer>`,
  // Nothing but the bundle: the leak test builds and removes explorers in it.
  '/examples/embed-bare.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare</title>
<script type="module" src="../dist/bundle/syria-chronicle.js"></script>`,
  '/examples/embed-missing.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>missing</title>
<script type="module" src="../dist/bundle/syria-chronicle.js"></script>
<chronicle-explorer src="../data/no-such-file.json"></chronicle-explorer>`,
};

/**
 * No inline or evaluated script at all, every script from the page's own origin, Trusted Types
 * required for every HTML sink, and no inline styles either: the elements style what they draw
 * through the CSSOM (constructed style sheets, style properties), which a policy does not block.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (extra[path]) {
    const headers = { 'content-type': 'text/html' };
    if (path === '/examples/embed-csp.html') headers['content-security-policy'] = CSP;
    res.writeHead(200, headers).end(extra[path]);
    return;
  }
  // Only what a page author would copy: the example pages, the bundle and the dataset file.
  if (!/^\/(examples\/[\w-]+\.html|dist\/bundle\/[\w.-]+|data\/[\w.-]+\.json)$/.test(path)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Opens `path`, collecting what the page logs as errors (apart from `allowed`). */
async function open(path, allowed = []) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed.some((a) => m.text().includes(a))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin + path);
  return { page, errors };
}

/** The explorer's inner part `tag`, for locators. */
const part = (page, tag) => page.locator('chronicle-explorer').locator(tag);

try {
  {
    const { page, errors } = await open('/examples/embed.html');
    const timeline = part(page, 'chronicle-timeline');
    await timeline.locator('[data-id="russia-enters-war-2015"]').waitFor();
    check(true, 'embed.html: the explorer draws the Syria timeline from one <script type="module">');
    await timeline.locator('[data-id="russia-enters-war-2015"] .mark').click();
    const title = part(page, 'chronicle-card').locator('h2');
    await title.waitFor();
    check(
      (await title.textContent()) === 'Russia enters the war',
      'embed.html: a click selects an item and the card shows it',
    );
    await part(page, 'chronicle-legend').locator('[data-value="iran"]').click();
    await page.waitForFunction(() => location.hash.includes('chronicle-actors=iran'));
    check(true, 'embed.html: a legend toggle filters, and the address keeps it (sync-url)');
    check(errors.length === 0, `embed.html: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    // The bundle's d3-zoom runs on a slim d3-selection: wheel, drag and double-click go through it.
    const { page, errors } = await open('/examples/embed.html');
    const timeline = part(page, 'chronicle-timeline');
    await timeline.locator('[data-id="russia-enters-war-2015"]').waitFor();
    const range = () =>
      page.evaluate(() => {
        const el = document.querySelector('chronicle-explorer').shadowRoot.querySelector('chronicle-timeline');
        return el.visibleRange;
      });
    const settled = async (before) => {
      await page.waitForFunction((b) => {
        const el = document.querySelector('chronicle-explorer').shadowRoot.querySelector('chronicle-timeline');
        return el.visibleRange.join() !== b.join();
      }, before);
      await page.waitForTimeout(400);
      return range();
    };
    const box = await timeline.locator('svg[part="base"]').boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + 60];
    const full = await range();
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -400);
    const zoomed = await settled(full);
    check(zoomed[1] - zoomed[0] < (full[1] - full[0]) * 0.8, 'embed.html: the wheel zooms the timeline in');
    await page.mouse.down();
    await page.mouse.move(x + 200, y, { steps: 5 });
    await page.mouse.up();
    const panned = await settled(zoomed);
    check(panned[0] < zoomed[0] && panned[1] < zoomed[1], 'embed.html: dragging to the right pans to earlier dates');
    await page.mouse.dblclick(x, y);
    const closer = await settled(panned);
    check(closer[0] > panned[0] && closer[1] < panned[1], 'embed.html: a double-click zooms in');
    check(errors.length === 0, `zoom and pan: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    // Under lang="ar" the bundle loads the dataset's Arabic words from the file beside it.
    const { page, errors } = await open('/examples/embed-ar.html');
    const crossing = part(page, 'chronicle-timeline').locator('[data-id="iraqi-militias-cross-into-syria"]');
    await crossing.waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('chronicle-explorer')
        .shadowRoot.querySelector('chronicle-timeline')
        .shadowRoot.querySelector('[data-id="iraqi-militias-cross-into-syria"]')
        ?.getAttribute('aria-label')
        .startsWith('فصائل عراقية تعبر إلى سوريا'),
    );
    check(true, 'embed-ar.html: the explorer shows the dataset in Arabic, loaded beside the bundle');
    check(errors.length === 0, `embed-ar.html: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    const { page, errors } = await open('/examples/embed-src.html');
    await part(page, 'chronicle-timeline').locator('[data-id="iraqi-militias-cross-into-syria"]').waitFor();
    check(true, 'src: the explorer loads the dataset file it is given');
    check(errors.length === 0, `src: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    const { page, errors } = await open('/examples/embed-inline.html');
    await part(page, 'chronicle-timeline').locator('[data-id="founded"]').waitFor();
    check(true, 'inline JSON: the explorer shows the dataset in its <script type="application/json"> child');
    check(errors.length === 0, `inline JSON: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    // The browser itself logs the 404 of the missing file; nothing else may be logged.
    const { page, errors } = await open('/examples/embed-missing.html', ['404']);
    const error = page.locator('chronicle-explorer').locator('[part="error"]');
    await error.waitFor();
    const text = (await error.textContent()).replace(/\s+/g, ' ').trim();
    check(
      text === 'Could not load ../data/no-such-file.json: the server answered 404 Not Found.',
      `a missing src: the explorer says so ("${text}")`,
    );
    check(
      errors.length === 0,
      `a missing src: no other errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await page.close();
  }
  {
    // A page that copied the bundle but not the parser beside it: inline JSON cannot be read, and says why.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/syria-chronicle.parse.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${origin}/examples/embed-inline.html`);
    const error = page.locator('chronicle-explorer').locator('[part="error"]');
    await error.waitFor();
    const text = (await error.textContent()).replace(/\s+/g, ' ').trim();
    check(
      text === 'The inline JSON cannot be read: the dataset parser did not load.',
      `no parser beside the bundle: the explorer says so ("${text}")`,
    );
    // Events given as a property with a problem need the parser to say what it is: they say it did not load.
    const said = await page.evaluate(async () => {
      const el = document.createElement('chronicle-timeline');
      el.events = [null];
      document.body.append(el);
      const heard = new Promise((resolve) => el.addEventListener('chronicle-error', (e) => resolve(e.detail)));
      const detail = await heard;
      await el.updateComplete;
      const shown = [...el.shadowRoot.querySelectorAll('[part="error"] :is(p, li)')].map((n) => n.textContent);
      return [detail.message, detail.errors[0].message, ...shown].join(' | ');
    });
    check(
      said ===
        'The events given cannot be shown: 1 problem. | cannot be checked: the dataset parser did not load | The events given cannot be shown: 1 problem. | events: cannot be checked: the dataset parser did not load',
      `no parser beside the bundle: bad events given as a property say it did not load ("${said}")`,
    );
    check(
      errors.length === 0,
      `no parser beside the bundle: no page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await page.close();
  }
  {
    // On a phone the timeline lays out vertically, with the file beside the bundle that draws it; a page
    // that copied the bundle without that file gets the horizontal layout instead, and no errors.
    for (const copied of [true, false]) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const asked = [];
      page.on('request', (r) => r.url().endsWith('.column.js') && asked.push(r.url()));
      if (!copied)
        await page.route('**/syria-chronicle.timeline.column.js', (r) => r.fulfill({ status: 404, body: '' }));
      await page.goto(`${origin}/examples/embed.html`);
      await part(page, 'chronicle-timeline').locator('[data-id]').first().waitFor();
      const layout = await page.evaluate(() => {
        const el = document.querySelector('chronicle-explorer').shadowRoot.querySelector('chronicle-timeline');
        return el.shadowRoot.querySelector('.chart.column') ? 'vertical' : 'horizontal';
      });
      const what = copied ? 'with the vertical layout beside the bundle' : 'without the vertical layout beside it';
      check(
        layout === (copied ? 'vertical' : 'horizontal') && asked.length === 1,
        `at 390 px, ${what}: the timeline is drawn ${layout}, the file asked for ${asked.length} time(s)`,
      );
      check(errors.length === 0, `at 390 px, ${what}: no page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
      await page.close();
    }
  }
  {
    // A canvas timeline's painter is a file beside the bundle, and it also makes the items' buttons: a
    // page that copied the bundle without it gets SVG marks instead, each item still a named button.
    for (const copied of [true, false]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      if (!copied)
        await page.route('**/syria-chronicle.timeline.canvas.js', (r) => r.fulfill({ status: 404, body: '' }));
      await page.goto(`${origin}/examples/embed-bare.html`);
      await page.evaluate(async () => {
        await customElements.whenDefined('chronicle-timeline');
        document.body.append(Object.assign(document.createElement('chronicle-timeline'), { marks: 'canvas' }));
      });
      await page.locator('chronicle-timeline [data-id]').first().waitFor();
      const drawn = await page.evaluate(() => {
        const root = document.querySelector('chronicle-timeline').shadowRoot;
        return {
          canvas: !!root.querySelector('canvas.marks'),
          marks: root.querySelectorAll('[data-id] .mark').length,
          named: [...root.querySelectorAll('[data-id]')].every((g) => g.getAttribute('aria-label')),
        };
      });
      const what = copied ? 'with the painter beside the bundle' : 'without the painter beside it';
      check(
        drawn.named && (copied ? drawn.canvas && drawn.marks === 0 : !drawn.canvas && drawn.marks > 0),
        `marks="canvas", ${what}: drawn on ${drawn.canvas ? 'a canvas' : 'SVG'}, every item a named button`,
      );
      check(
        errors.length === 0,
        `marks="canvas", ${what}: no page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
      );
      await page.close();
    }
  }
  {
    // A strict Content-Security-Policy: the elements work, nothing breaks it, and no script from data runs.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const [errors, violations] = [[], []];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
      else if (m.type() === 'error') errors.push(m.text());
    });
    // (Init scripts are the browser's own: the policy does not apply to them.)
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.log(`Content Security Policy violated: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${origin}/examples/embed-csp.html`);
    const hostile = page.locator('chronicle-explorer').first().locator('chronicle-timeline [data-id="hostile"]');
    await hostile.waitFor();
    await page.locator('#syria').locator('chronicle-timeline [data-id="russia-enters-war-2015"]').waitFor();
    await hostile.locator('.mark').click();
    const card = page.locator('chronicle-explorer').first().locator('chronicle-card');
    await card.locator('h2').waitFor();
    const shown = await card.evaluate((c) => c.shadowRoot.textContent);
    check(
      (await card.locator('h2').textContent()) === '<img src=x onerror="window.pwned=1">' &&
        shown.includes('<script>window.pwned=1</script>'),
      'CSP: markup in a title and a summary shows as text',
    );
    // Zoom, the language's words and the parser (for the inline JSON) all loaded under the policy.
    await page.locator('#syria').locator('chronicle-timeline [part="zoom-button"]').first().click();
    await page.waitForTimeout(500);
    const pwned = await page.evaluate(() => window.pwned);
    check(pwned === undefined, 'CSP: no script from data ran');
    check(
      violations.length === 0,
      `CSP: the policy (${CSP}) is never violated${violations.length ? `: ${violations.join(' | ')}` : ''}`,
    );
    check(errors.length === 0, `CSP: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
  {
    // No leaks: explorers made, attached, used and removed a thousand times leave no listeners, nodes
    // or memory behind (measured after garbage collection, against a baseline taken after a warm-up).
    const { page, errors } = await open('/examples/embed-bare.html');
    await page.waitForFunction(() => customElements.get('chronicle-explorer'));
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      // Timers of removed elements (a range said after 300 ms) run out first.
      await page.waitForTimeout(600);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners };
    };
    const cycles = (n) =>
      page.evaluate(async (count) => {
        for (let i = 0; i < count; i++) {
          const el = document.createElement('chronicle-explorer');
          document.body.append(el);
          await el.updateComplete;
          const timeline = el.shadowRoot.querySelector('chronicle-timeline');
          // Drawn (once its size is known), then used.
          while (!timeline.shadowRoot?.querySelector('[data-id]')) await new Promise(requestAnimationFrame);
          timeline.select('russia-enters-war-2015');
          timeline.zoomTo(Date.UTC(2024, 10, 20), Date.UTC(2024, 11, 3));
          timeline.applyFilter({ categories: ['armed-conflict'] });
          await timeline.updateComplete;
          el.remove();
        }
      }, n);
    await cycles(50);
    const before = await measure();
    const started = Date.now();
    await cycles(1000);
    const after = await measure();
    const grew = {
      heap: after.heap - before.heap,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
    };
    console.log(
      `     1,000 explorers in ${((Date.now() - started) / 1000).toFixed(1)} s: heap ${(before.heap / 1e6).toFixed(1)} -> ${(after.heap / 1e6).toFixed(1)} MB, DOM nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}`,
    );
    // One explorer left behind per cycle would be hundreds of nodes and tens of KB each.
    check(
      grew.listeners <= 0,
      `no leak: listeners after 1,000 explorers (${grew.listeners >= 0 ? '+' : ''}${grew.listeners})`,
    );
    check(grew.nodes <= 50, `no leak: DOM nodes after 1,000 explorers (${grew.nodes >= 0 ? '+' : ''}${grew.nodes})`);
    check(grew.heap < 2e6, `no leak: heap after 1,000 explorers (${(grew.heap / 1e6).toFixed(2)} MB, bound 2 MB)`);
    check(errors.length === 0, `no leak: no errors logged${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
} catch (e) {
  check(false, `the embed pages: ${e.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(failures.length ? `${failures.length} embed checks failed` : 'every embed check passed');
process.exit(failures.length ? 1 : 0);
