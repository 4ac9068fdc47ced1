// The in-browser half of `npm run bench`: one adapter per library, and the measurements. Each trial
// mounts a fresh chart of the workload in a 1200 x 600 box, waits for its first complete frame, then
// dispatches wheel and pointer-drag events on the element and times each step to its painted frame.
// A footprint mounts one more, untimed, for the heap and DOM nodes it holds.
import { CATEGORIES } from '/dist/bundle/syria-chronicle.js';
import { workload, LANES, DAY_MS, isoDay } from './workload.js';

const WIDTH = 1200;
const HEIGHT = 600;

/** Resolves at the start of the next frame (the benchmark runs Chromium without a frame-rate cap). */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until `ready()` holds at a frame's start, then one more frame so that frame is painted. */
async function painted(ready, limit = 20_000) {
  const t0 = performance.now();
  while (performance.now() - t0 < limit) {
    await frame();
    if (ready()) {
      await frame();
      return;
    }
  }
  throw new Error('never finished rendering');
}

/** The innermost element at a point, through open shadow roots: where a real pointer would land. */
function deepElementFromPoint(x, y) {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** DOM nodes under `root`, shadow trees included. */
function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return n - 1;
}

const ACTORS = Array.from({ length: LANES }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i + 1}`, kind: 'state' }));

const adapters = {
  'syria-chronicle': {
    prepare: (items) =>
      items.map((it) => ({
        id: `e${it.i}`,
        title: it.title,
        summary: 'A generated item.',
        category: CATEGORIES[it.lane % CATEGORIES.length],
        when: it.range
          ? { type: 'period', start: isoDay(it.start), end: isoDay(it.end) }
          : { type: 'date', date: isoDay(it.start) },
        dateBasis: { method: 'explicit', note: 'Generated.' },
        actors: [`actor-${it.lane}`],
        places: [],
        source: { paragraphs: [1], attribution: 'the benchmark' },
      })),
    mount(container, events) {
      const el = document.createElement('chronicle-timeline');
      el.setAttribute('group-by', 'actor');
      el.label = 'Benchmark';
      el.actors = ACTORS;
      el.events = events;
      container.append(el);
      return {
        ready: () => !!el.shadowRoot?.querySelector('[part~="base"]'),
        range: () => el.visibleRange,
        destroy: () => el.remove(),
      };
    },
  },
  'vis-timeline': {
    prepare: (items) => ({
      items: items.map((it) => ({
        id: it.i,
        content: it.title,
        start: it.start,
        ...(it.range ? { end: it.end + DAY_MS, type: 'range' } : {}),
        group: it.lane,
      })),
      groups: Array.from({ length: LANES }, (_, i) => ({ id: i, content: `Actor ${i + 1}` })),
    }),
    mount(container, data) {
      // The defaults (items stacked so they do not overlap), in a box the size of the others.
      const timeline = new window.vis.Timeline(
        container,
        new window.vis.DataSet(data.items),
        new window.vis.DataSet(data.groups),
        { height: `${HEIGHT}px` },
      );
      return {
        // vis-timeline reads a wheel turned towards the reader (deltaY < 0) as zooming out.
        wheelIn: 1,
        ready: () => !!container.querySelector('.vis-item'),
        range: () => {
          const w = timeline.getWindow();
          return [+w.start, +w.end];
        },
        destroy: () => timeline.destroy(),
      };
    },
  },
  'bare canvas': {
    prepare: (items) => items,
    mount(container, items) {
      // The floor: every item as one rectangle on a Canvas2D, lanes in bands, wheel zoom and drag pan,
      // redrawn synchronously in the event handler. No labels, axis or interaction beyond that.
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH;
      canvas.height = HEIGHT;
      container.append(canvas);
      const ctx = canvas.getContext('2d');
      const byLane = Array.from({ length: LANES }, () => []);
      for (const it of items) byLane[it.lane].push(it);
      const colors = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A7A7A', '#000000'];
      let t0 = Date.UTC(2011, 2, 15);
      let t1 = Date.UTC(2025, 0, 1);
      let drawn = false;
      const band = HEIGHT / LANES;
      const draw = () => {
        ctx.clearRect(0, 0, WIDTH, HEIGHT);
        const k = WIDTH / (t1 - t0);
        for (let l = 0; l < LANES; l++) {
          ctx.fillStyle = colors[l];
          for (const it of byLane[l]) {
            const x0 = (it.start - t0) * k;
            const x1 = (it.end + DAY_MS - t0) * k;
            ctx.fillRect(x0, l * band + 4 + (it.i % 8) * 8, Math.max(2, x1 - x0), 6);
          }
        }
        drawn = true;
      };
      draw();
      canvas.addEventListener('wheel', (e) => {
        e.preventDefault();
        const at = t0 + ((e.offsetX ?? WIDTH / 2) / WIDTH) * (t1 - t0);
        const f = 2 ** (e.deltaY * 0.002);
        t0 = at - (at - t0) * f;
        t1 = at + (t1 - at) * f;
        draw();
      });
      let dragX = null;
      canvas.addEventListener('pointerdown', (e) => (dragX = e.clientX));
      const move = (e) => {
        if (dragX === null) return;
        const dt = ((e.clientX - dragX) / WIDTH) * (t1 - t0);
        t0 -= dt;
        t1 -= dt;
        dragX = e.clientX;
        draw();
      };
      const up = () => (dragX = null);
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      return {
        ready: () => drawn,
        range: () => [t0, t1],
        // (The window's listeners go too: left on, they kept every earlier floor and its items alive.)
        destroy: () => {
          window.removeEventListener('pointermove', move);
          window.removeEventListener('pointerup', up);
          canvas.remove();
        },
      };
    },
  },
};

export const LIBRARIES = Object.keys(adapters);

/** What every dispatched event shares: a place, and bubbling out of shadow roots as real input does. */
const at = (x, y) => ({ clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true, view: window });

function wheel(target, x, y, deltaY) {
  target.dispatchEvent(new WheelEvent('wheel', { ...at(x, y), deltaY, deltaMode: 0 }));
}

/** A pointer-drag step as a mouse sends it: the pointer event, then the compatibility mouse event. */
function pointer(target, type, x, y) {
  const init = { ...at(x, y), button: 0, buttons: type === 'up' ? 0 : 1 };
  target.dispatchEvent(
    new PointerEvent(`pointer${type}`, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }),
  );
  target.dispatchEvent(new MouseEvent(`mouse${type}`, init));
}

const gc = () => (typeof window.gc === 'function' ? window.gc() : undefined);
const heap = () => performance.memory?.usedJSHeapSize ?? NaN;

/** A box the size every chart gets, in the page. */
function box() {
  const container = document.createElement('div');
  container.style.cssText = `position:absolute;left:0;top:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden`;
  document.body.append(container);
  return container;
}

/**
 * One trial of one library at `n` items: first render, then zoom steps in, pan steps, zoom steps out.
 * Each step must change the visible range, or the trial fails: a step that did nothing is not timed.
 */
export async function trial(library, n, { zoomSteps = 6, panSteps = 8 } = {}) {
  const adapter = adapters[library];
  const data = adapter.prepare(workload(n));
  const container = box();
  gc();
  await frame();

  const start = performance.now();
  const chart = adapter.mount(container, data);
  try {
    await painted(chart.ready);
    const render = performance.now() - start;
    return { library, n, render, ...(await interact(library, chart, container, zoomSteps, panSteps)) };
  } finally {
    chart.destroy();
    container.remove();
  }
}

/**
 * What one chart of `n` items holds once it has rendered, not timed: the JS heap it adds to its data's
 * (each read after a collection) and its DOM nodes. First the page waits for the chart before it to go:
 * a removed timeline is held for a moment by its pending timers (its range announcement waits 300 ms,
 * a wheel gesture 150 ms), and read with it still there, the heap before counted it against this chart.
 */
export async function footprint(library, n) {
  const adapter = adapters[library];
  const data = adapter.prepare(workload(n));
  const container = box();
  await new Promise((resolve) => setTimeout(resolve, 500));
  gc();
  const before = heap();
  const chart = adapter.mount(container, data);
  try {
    await painted(chart.ready);
    gc();
    return { library, n, heap: heap() - before, nodes: countNodes(container) };
  } finally {
    chart.destroy();
    container.remove();
  }
}

async function interact(library, chart, container, zoomSteps, panSteps) {
  // (Whatever the render left for the collector goes now, not during the first step.)
  gc();
  const rect = container.getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + Math.min(rect.height, 220) / 2 + 40;
  const step = async (act) => {
    const before = chart.range();
    const t = performance.now();
    act();
    await frame();
    await frame();
    const took = performance.now() - t;
    const after = chart.range();
    if (after[0] === before[0] && after[1] === before[1])
      throw new Error(
        `${library}: a step left the view unchanged at ${before} (${zoom.length} zoom, ${pan.length} pan steps done)`,
      );
    return took;
  };
  const zoom = [];
  const pan = [];
  const inward = 120 * (chart.wheelIn ?? -1);
  for (let i = 0; i < zoomSteps; i++) zoom.push(await step(() => wheel(deepElementFromPoint(cx, cy), cx, cy, inward)));
  let x = cx;
  // A drag starts with a small move past the pointer's slop (vis-timeline's is 5 px), not timed.
  pointer(deepElementFromPoint(x, cy), 'down', x, cy);
  x -= 8;
  pointer(deepElementFromPoint(x, cy) ?? window, 'move', x, cy);
  await frame();
  for (let i = 0; i < panSteps; i++) {
    // Drag right then back left, so the view stays over the data.
    x += i < panSteps / 2 ? 40 : -40;
    pan.push(await step(() => pointer(deepElementFromPoint(x, cy) ?? window, 'move', x, cy)));
  }
  pointer(deepElementFromPoint(x, cy) ?? window, 'up', x, cy);
  for (let i = 0; i < zoomSteps; i++) zoom.push(await step(() => wheel(deepElementFromPoint(cx, cy), cx, cy, -inward)));
  return { zoom, pan };
}

window.bench = { trial, footprint, LIBRARIES };
