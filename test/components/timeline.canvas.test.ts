import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import type { ChronicleEvent } from '../../src/data/types.js';
import { syria } from '../../src/data/syria.js';
import { $$, timeline as mount, until } from './helpers.js';

/** A timeline with canvas marks unless `template` says otherwise. */
const timeline = (width: number, template = html`<chronicle-timeline marks="canvas"></chronicle-timeline>`) =>
  mount(width, template);

const ids = (el: ChronicleTimeline) => $$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id!);
/** Items inside badges, from the counts the badges announce. */
const badgeCount = (el: ChronicleTimeline) =>
  $$(el, '[data-badge]').reduce((n, b) => n + Number(b.getAttribute('aria-label')!.split(' ')[0]), 0);

/** The canvas pixel (RGBA) under a point given in client coordinates. */
function pixel(el: ChronicleTimeline, x: number, y: number): number[] {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
  const r = canvas.getBoundingClientRect();
  const scale = canvas.width / r.width;
  const data = canvas
    .getContext('2d')!
    .getImageData(Math.floor((x - r.left) * scale), Math.floor((y - r.top) * scale), 1, 1).data;
  return [...data];
}

/** Where the SVG renderer draws an item's mark: the canvas must put it in the same place. */
async function svgMarkCentre(id: string, width: number): Promise<[number, number]> {
  const el = await timeline(width, html`<chronicle-timeline marks="svg"></chronicle-timeline>`);
  const r = el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!.getBoundingClientRect();
  el.parentElement!.remove();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** `n` generated day items in 8 lanes by actor, from 2011 to 2024. */
function many(n: number): ChronicleEvent[] {
  const out: ChronicleEvent[] = [];
  const t0 = Date.UTC(2011, 2, 15);
  const days = 5000;
  for (let i = 0; i < n; i++) {
    const day = new Date(t0 + ((i * 7919) % days) * 86_400_000).toISOString().slice(0, 10);
    out.push({
      id: `e${i}`,
      title: `Generated item ${i}`,
      summary: 'Generated.',
      category: 'armed-conflict',
      when: { type: 'date', date: day },
      dateBasis: { method: 'explicit', note: 'Generated.' },
      actors: [`a${i % 8}`],
      places: [],
      source: { paragraphs: [1], attribution: 'a test' },
    });
  }
  return out;
}

/** A canvas chart of 3,000 items in 8 lanes, taller than the 260 px box that scrolls it. */
async function tallChart(): Promise<[HTMLDivElement, ChronicleTimeline]> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width:1000px;height:260px;overflow:auto">
      <chronicle-timeline marks="canvas" group-by="actor" .events=${many(3000)}></chronicle-timeline>
    </div>`,
  );
  const el = box.firstElementChild as ChronicleTimeline;
  await until(() => !!el.shadowRoot!.querySelector('svg'));
  return [box, el];
}

describe('<chronicle-timeline marks="canvas">', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  beforeEach(() => resetMouse());

  it('lays out the same items as the SVG renderer, each a named button in time order', async () => {
    const svgView = await timeline(1280, html`<chronicle-timeline marks="svg"></chronicle-timeline>`);
    const expected = ids(svgView);
    // What a screen reader, the keyboard and `::part` see of each button.
    const said = (el: ChronicleTimeline) =>
      $$(el, '[data-id], [data-badge]').map((g) =>
        ['role', 'part', 'tabindex', 'aria-label', 'aria-pressed'].map((a) => g.getAttribute(a)).join(' | '),
      );
    const labels = said(svgView);
    svgView.parentElement!.remove();
    const el = await timeline(1280);
    expect(ids(el)).to.deep.equal(expected);
    expect(said(el)).to.deep.equal(labels);
    expect($$(el, '[data-id] .mark, [data-id] text')).to.have.length(0);
  });

  it('paints each mark where the SVG renderer draws it, in its category colour', async () => {
    const [x, y] = await svgMarkCentre('russia-enters-war-2015', 1280);
    const el = await timeline(1280);
    const [r, g, b, a] = pixel(el, x, y);
    // A year-precision date is a light bar: foreign forces' #0072B2 at 28% opacity.
    expect(a, 'a mark is painted there').to.be.within(65, 80);
    // Read back from a translucent pixel, each channel within rounding of the colour.
    [0, 114, 178].forEach((c, i) => expect([r, g, b][i]).to.be.closeTo(c, 3));
    expect(pixel(el, x, y + 40)[3], 'and nothing a row below').to.equal(0);
  });

  it("paints each point in its category's shape, where the SVG renderer draws it", async () => {
    // Three days years apart on a linear axis: points. Inside each corner of a mark's box: painted (1) or not (0).
    const day = (id: string, category: ChronicleEvent['category'], date: string): ChronicleEvent => ({
      ...many(1)[0]!,
      id,
      category,
      when: { type: 'date', date },
    });
    const events = [
      day('square', 'statement', '2015-03-01'),
      day('triangle', 'armed-conflict', '2017-06-01'),
      day('plus', 'humanitarian', '2019-09-01'),
    ];
    const corners = { square: [1, 1, 1, 1], triangle: [0, 0, 1, 1], plus: [0, 0, 0, 0] };
    const svgView = await timeline(
      1280,
      html`<chronicle-timeline marks="svg" time-scale="linear" .events=${events}></chronicle-timeline>`,
    );
    const boxes = events.map(({ id }) => {
      const mark = svgView.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!;
      expect(mark.classList.contains('point'), `${id} is a point`).to.equal(true);
      return mark.getBoundingClientRect();
    });
    svgView.parentElement!.remove();
    const el = await timeline(
      1280,
      html`<chronicle-timeline marks="canvas" time-scale="linear" .events=${events}></chronicle-timeline>`,
    );
    events.forEach(({ id }, i) => {
      const b = boxes[i]!;
      const inset = 1.5;
      const painted = [
        [b.left + inset, b.top + inset],
        [b.right - inset, b.top + inset],
        [b.left + inset, b.bottom - inset],
        [b.right - inset, b.bottom - inset],
      ].map(([x, y]) => (pixel(el, x!, y!)[3]! > 100 ? 1 : 0));
      expect(painted, id).to.deep.equal(corners[id as keyof typeof corners]);
      expect(pixel(el, b.left + b.width / 2, b.top + b.height * 0.6)[3], `${id}: its middle`).to.be.above(200);
      // Whole: its outline reaches a pixel or more past the top of its shape (a triangle's apex is not
      // cut off at the edge of the picture it is copied from).
      let top = Infinity;
      for (let y = b.top - 4; y < b.top + 3 && top === Infinity; y += 0.5)
        if (pixel(el, b.left + b.width / 2, y)[3]! > 40) top = y;
      expect(top, `${id}: its outline painted above the top of its shape`).to.be.at.most(b.top - 1);
    });
  });

  it("paints at the screen's pixel density: every mark and label where the SVG renderer draws it", async () => {
    const svgView = await timeline(1280, html`<chronicle-timeline marks="svg"></chronicle-timeline>`);
    const boxes = (sel: string) =>
      $$(svgView, sel).map(
        (m) => [m.closest('[data-id]')!.getAttribute('data-id'), m.getBoundingClientRect()] as const,
      );
    const marks = boxes('[data-id] .mark');
    const labels = boxes('[data-id] .label');
    expect(marks.filter(([, b]) => b.width > 20).length, 'bars among them').to.be.above(3);
    svgView.parentElement!.remove();
    const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => 2 });
    try {
      const el = await timeline(1280);
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
      expect(canvas.width, 'two canvas pixels to a CSS pixel').to.equal(2 * canvas.getBoundingClientRect().width);
      for (const [id, b] of marks)
        expect(pixel(el, b.left + b.width / 2, b.top + b.height / 2)[3], `${id}: its mark`).to.be.above(20);
      // A label's plate and text fill its box; a label set inside its bar has no plate, but its text
      // crosses the box's middle (away from the grid lines, which cross it too).
      const grid = $$(el, '.tick line').map((l) => l.getBoundingClientRect().left);
      for (const [id, b] of labels) {
        let ink = 0;
        for (let x = b.left + 1; x < b.right - 1; x++)
          if (!grid.some((g) => Math.abs(x - g) < 2)) ink = Math.max(ink, pixel(el, x, b.top + b.height / 2)[3]!);
        expect(ink, `${id}: its label`).to.be.above(200);
      }
    } finally {
      if (own) Object.defineProperty(window, 'devicePixelRatio', own);
      else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    }
  });

  it("paints the axis's grid lines down the chart in the theme's grid colour", async () => {
    const el = await timeline(
      1280,
      html`<chronicle-timeline
        marks="canvas"
        style="--chronicle-timeline-grid-color: rgb(255, 0, 0)"
      ></chronicle-timeline>`,
    );
    const chart = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const ticks = $$(el, '.tick');
    const minor = ticks.filter((t) => !t.classList.contains('major'));
    expect(minor.length, 'minor ticks').to.be.above(2);
    // The SVG keeps each tick's mark in the axis; the canvas draws the line on down the chart.
    for (const t of ticks) expect(t.querySelector('line')!.getBoundingClientRect().height).to.be.at.most(6);
    const red = ([r, g, b, a]: number[]) => a! > 100 && r! > 200 && g! < 50 && b! < 50;
    const lineX = (t: Element) => t.querySelector('line')!.getBoundingClientRect().left;
    // Rows down the chart, below the axis.
    const rows: number[] = [];
    for (let y = chart.top + 30; y < chart.bottom - 2; y += 4) rows.push(y);
    for (const t of minor) {
      const x = lineX(t);
      // Down the chart, the line's pixels are red, unless a mark or label covers them; beside it, none are.
      const on = rows.filter((y) => red(pixel(el, x, y))).length;
      expect(on / rows.length, `the line at ${Math.round(x)} px`).to.be.above(0.4);
      expect(rows.filter((y) => red(pixel(el, x + 3, y))).length, 'beside it').to.equal(0);
    }
    // A year's line keeps the axis's stronger colour, its tick mark's.
    const major = ticks.find((t) => t.classList.contains('major'));
    expect(major, 'a major tick').to.exist;
    // (Its computed stroke, painted on a pixel and read back.)
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    probe.fillStyle = getComputedStyle(major!.querySelector('line')!).stroke;
    probe.fillRect(0, 0, 1, 1);
    const stroke = [...probe.getImageData(0, 0, 1, 1).data];
    const majorOn = rows.filter((y) => {
      const [r, g, b, a] = pixel(el, lineX(major!), y);
      return a! > 100 && [r, g, b].every((c, i) => Math.abs(c! - stroke[i]!) <= 3);
    });
    expect(stroke.slice(0, 3), 'a grey, not the minor lines red').to.satisfy(
      ([r, g, b]: number[]) => r === g && g === b,
    );
    expect(majorOn.length / rows.length, 'the major line, in its colour').to.be.above(0.4);
  });

  it('paints each mark where the SVG renderer draws it when time runs right to left', async () => {
    const svgView = await timeline(1280, html`<chronicle-timeline marks="svg" dir="rtl"></chronicle-timeline>`);
    const r = svgView.shadowRoot!.querySelector('[data-id="russia-enters-war-2015"] .mark')!.getBoundingClientRect();
    svgView.parentElement!.remove();
    const el = await timeline(1280, html`<chronicle-timeline marks="canvas" dir="rtl"></chronicle-timeline>`);
    const y = r.top + r.height / 2;
    expect(pixel(el, r.left + r.width / 2, y)[3], 'the light bar').to.be.within(65, 80);
    // Its glyph, solid, at its right end (its start in time), not at its left.
    expect(pixel(el, r.right, y)[3], 'the glyph at its start').to.be.above(200);
    expect(pixel(el, r.left + 1, y)[3], 'no glyph at its end').to.be.below(120);
  });

  it('follows the theme: a category colour set on the element reaches the canvas', async () => {
    const [x, y] = await svgMarkCentre('russia-enters-war-2015', 1280);
    const el = await timeline(
      1280,
      html`<chronicle-timeline
        marks="canvas"
        style="--chronicle-color-foreign-forces: rgb(255, 0, 255)"
      ></chronicle-timeline>`,
    );
    expect(pixel(el, x, y).slice(0, 3)).to.deep.equal([255, 0, 255]);
  });

  it('selects an item clicked on the canvas, hit-testing the layout, and shows its tooltip on hover', async () => {
    const [x, y] = await svgMarkCentre('russia-enters-war-2015', 1280);
    const el = await timeline(1280);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !!el.shadowRoot!.querySelector('[part="tooltip"]'));
    expect(el.shadowRoot!.querySelector('[part="tooltip"] strong')!.textContent).to.equal('Russia enters the war');
    const selected = oneEvent(el, 'chronicle-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await selected).detail.item.id).to.equal('russia-enters-war-2015');
    expect(el.getAttribute('selected')).to.equal('russia-enters-war-2015');
    await sendMouse({ type: 'move', position: [x, y + 300] });
    await until(() => !el.shadowRoot!.querySelector('[part="tooltip"]'));
  });

  it('moves through the items with the keyboard and selects with Enter', async () => {
    const el = await timeline(1280);
    const first = el.shadowRoot!.querySelector<SVGGElement>('[data-id][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id !== first.dataset.id);
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second.dataset.id).to.equal(
      syria.events.find((e) => e.id === 'aleppo-retaken-2016')?.id ?? second.dataset.id,
    );
    // The canvas paints the focused item's ring (in the focus colour) where its button's ring is: its
    // 2 px stroke is centred on the top edge.
    const ring = second.querySelector('.focus-ring')!.getBoundingClientRect();
    const focusColour = getComputedStyle(el.shadowRoot!.querySelector('.palette .focus')!).color;
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = focusColour;
    probe.fillRect(0, 0, 1, 1);
    const expected = [...probe.getImageData(0, 0, 1, 1).data];
    await until(() => pixel(el, ring.left + ring.width / 2, ring.top).join() === expected.join());
    // Focus elsewhere: the ring goes.
    second.blur();
    await until(() => pixel(el, ring.left + ring.width / 2, ring.top).join() !== expected.join());
    second.focus();
    const selected = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.item.id).to.equal(second.dataset.id);
  });

  it('keeps the focused button as the same node while zooms change the buttons around it', async () => {
    const el = await timeline(1280);
    const button = el.shadowRoot!.querySelector<SVGGElement>('[data-id][tabindex="0"]')!;
    const id = button.dataset.id!;
    button.focus();
    const before = ids(el);
    // Zoomed in around the focused item: items leave the view and others come out of badges.
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: '+' });
      await el.updateComplete;
    }
    await until(() => ids(el).length > 0 && ids(el).join() !== before.join());
    const after = ids(el);
    expect(
      before.filter((x) => !after.includes(x)),
      'buttons gone with their items',
    ).to.not.be.empty;
    expect(el.shadowRoot!.querySelector(`[data-id="${id}"]`), 'the same node').to.equal(button);
    expect(el.shadowRoot!.activeElement, 'still focused').to.equal(button);
    // Every button made on the way is a named one.
    for (const g of $$(el, '[part~="event"], [part~="cluster"]')) {
      expect(g.getAttribute('role')).to.equal('button');
      expect(g.getAttribute('aria-label')).to.match(/\S/);
    }
  });

  it('opens a badge clicked on the canvas: the view zooms to its items', async () => {
    // Where the SVG renderer draws the first badge; the canvas paints it in the same place.
    const svgView = await timeline(
      320,
      html`<chronicle-timeline marks="svg" orientation="horizontal"></chronicle-timeline>`,
    );
    const r = svgView.shadowRoot!.querySelector('[data-badge] rect')!.getBoundingClientRect();
    svgView.parentElement!.remove();
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    const el = await timeline(
      320,
      html`<chronicle-timeline marks="canvas" orientation="horizontal"></chronicle-timeline>`,
    );
    expect(badgeCount(el), 'the crowded week needs a badge at 320 px').to.be.greaterThan(0);
    const [red, green, blue, alpha] = pixel(el, x, y - 6);
    expect([red, green, blue, alpha], 'a pill in the text colour is painted there').to.deep.equal([0, 0, 0, 255]);
    const before = el.visibleRange;
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => el.visibleRange[1] - el.visibleRange[0] < before[1] - before[0]);
  });

  it('is chosen by marks="auto" above 500 items, with the DOM bounded by what is visible', async () => {
    const events = many(5000);
    const el = await timeline(1000, html`<chronicle-timeline group-by="actor" .events=${events}></chronicle-timeline>`);
    expect(el.shadowRoot!.querySelector('canvas.marks')).to.exist;
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes, 'elements in the shadow tree').to.be.lessThan(1500);
    // Every item still drawn or counted.
    expect(ids(el).length + badgeCount(el)).to.equal(5000);
    const small = await timeline(1000, html`<chronicle-timeline .events=${many(400)}></chronicle-timeline>`);
    expect(small.shadowRoot!.querySelector('canvas.marks'), '400 items stay SVG').to.equal(null);
  });

  it('keeps its item buttons through a drag that outlasts a wheel zoom, and updates them when the drag ends', async () => {
    const el = await timeline(
      1000,
      html`<chronicle-timeline group-by="actor" .events=${many(3000)}></chronicle-timeline>`,
    );
    const svg = el.shadowRoot!.querySelector('svg')!;
    const r = svg.getBoundingClientRect();
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + 60)];
    // A wheel zoom in, then a drag begun at once (the wheel's gesture ends 150 ms later, mid-drag).
    svg.dispatchEvent(
      new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: -600, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 20, y] });
    await new Promise((done) => setTimeout(done, 300));
    const before = ids(el).join();
    const range = el.visibleRange;
    await sendMouse({ type: 'move', position: [x - 400, y] });
    await until(() => el.visibleRange[0] !== range[0]);
    await el.updateComplete;
    // While the view moves only the canvas and the axis follow it: the DOM catches up at rest.
    expect(ids(el).join(), 'the buttons while the drag goes on').to.equal(before);
    await sendMouse({ type: 'up' });
    await until(() => ids(el).join() !== before);
  });

  it('paints the on-screen part of a tall chart, and what scrolls into view', async () => {
    const [, el] = await tallChart();
    const canvas = () => el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
    const chart = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(chart.height, 'the chart is taller than its box').to.be.greaterThan(600);
    const last = $$(el, '.lane-bg').at(-1)!;
    await until(() => canvas().getBoundingClientRect().bottom < last.getBoundingClientRect().top);
    expect(canvas().getBoundingClientRect().height, 'the canvas covers less than the chart').to.be.lessThan(
      chart.height,
    );
    // A lane in the middle, scrolled to (the visible fraction of the chart stays the same there, so
    // an intersection observer alone would not notice), is painted.
    const lanes = $$(el, '.lane-bg');
    const middle = lanes[Math.floor(lanes.length / 2)]!;
    middle.scrollIntoView({ block: 'center' });
    const painted = (lane: Element) => () => {
      const r = lane.getBoundingClientRect();
      for (let x = r.left + 2; x < r.right; x += 2) if ((pixel(el, x, r.bottom - 2.5)[3] ?? 0) > 0) return true;
      return false;
    };
    await until(painted(middle));
    // The last lane's density rug, once scrolled to, is painted.
    last.scrollIntoView();
    const rugPainted = () => {
      const r = last.getBoundingClientRect();
      for (let x = r.left + 2; x < r.right; x += 2) if ((pixel(el, x, r.bottom - 2.5)[3] ?? 0) > 0) return true;
      return false;
    };
    await until(rugPainted);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`shades the density rug by how many items each bin holds (${dir})`, async () => {
      // One lane: thirty items on a day in 2015, one in 2020, on a linear axis (a compressed one would
      // give each of the two days hundreds of pixels).
      const items = many(31).map((e, i) => ({
        ...e,
        actors: ['a0'],
        when: { type: 'date', date: i < 30 ? '2015-01-10' : '2020-06-15' },
      })) as ChronicleEvent[];
      const el = await timeline(
        1000,
        html`<chronicle-timeline
          marks="canvas"
          group-by="actor"
          time-scale="linear"
          dir=${dir}
          .events=${items}
        ></chronicle-timeline>`,
      );
      const lane = $$(el, '.lane-bg')[0]!.getBoundingClientRect();
      // The rug's row, left to right, between the axis's grid lines: each run of painted pixels, with
      // its darkest alpha.
      const grid = $$(el, '.tick line').map((l) => l.getBoundingClientRect().left);
      const runs: { from: number; to: number; alpha: number }[] = [];
      for (let x = Math.ceil(lane.left); x < lane.right; x++) {
        if (grid.some((g) => Math.abs(x + 0.5 - g) < 2)) continue;
        const alpha = pixel(el, x + 0.5, lane.bottom - 2.5)[3]!;
        const last = runs.at(-1);
        if (alpha === 0) continue;
        if (last && last.to === x - 1) Object.assign(last, { to: x, alpha: Math.max(last.alpha, alpha) });
        else runs.push({ from: x, to: x, alpha });
      }
      expect(runs.length, 'two bins hold items').to.equal(2);
      const [left, right] = runs as [(typeof runs)[0], (typeof runs)[0]];
      // Thirty items in the darkest shade; one in the lightest (30% of the muted colour's alpha).
      const [busy, quiet] = dir === 'ltr' ? [left, right] : [right, left];
      expect(busy.alpha).to.be.above(240);
      expect(quiet.alpha).to.be.within(60, 95);
      for (const run of runs) expect(run.to - run.from, 'a bin two pixels wide').to.be.at.most(2);
      // Time runs right to left in a right-to-left page: 2015 is on the right there.
      const half = (lane.left + lane.right) / 2;
      expect(dir === 'ltr' ? busy.to < half : busy.from > half).to.equal(true);
    });
  }

  it('paints what a slow scroll brings into view, a few pixels a frame', async () => {
    const [box, el] = await tallChart();
    await el.updateComplete;
    const last = $$(el, '.lane-bg').at(-1)!;
    const canvas = () => el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.marks')!;
    // Each frame moves less than the distance that repaints on its own; together they pass the margin.
    const target = box.scrollHeight - box.clientHeight;
    for (let y = 0; y < target; y += 12) {
      box.scrollTop = y;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    box.scrollTop = target;
    await until(() => canvas().getBoundingClientRect().bottom >= last.getBoundingClientRect().bottom);
  });

  it('is accessible', async () => {
    const el = await timeline(1280);
    await expect(el).to.be.accessible();
  });
});
