import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import '../../src/components/legend/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { syria } from '../../src/data/syria.js';
import { CATEGORIES, type Category } from '../../src/data/types.js';
import { CATEGORY_SHAPES, shapePath } from '../../src/core/shapes.js';
import { companyHistory } from '../fixtures/company.js';
import { $$, contrast, settled, timeline, until } from './helpers.js';

/** Zooms in (negative deltaY) or out with wheel events at a fraction of the chart's width. */
async function wheel(el: ChronicleTimeline, deltaY: number, at = 0.5, times = 3) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const r = svg.getBoundingClientRect();
  for (let i = 0; i < times; i++) {
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        clientX: r.left + r.width * at,
        clientY: r.top + 10,
        bubbles: true,
        cancelable: true,
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}
const span = (r: [number, number]) => r[1] - r[0];
const box = (e: Element) => e.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** A path's shape with its position and size taken out: its corners within its box, or "circle" for arcs. */
function outline(d: string): string {
  if (d.includes('a')) return 'circle';
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // In eighths of the box: finer than any two shapes differ, coarser than rounding in the path.
  const at = (v: number, lo: number, hi: number) => Math.round(((v - lo) / (hi - lo)) * 8);
  return xs.map((x, i) => `${at(x, x0, x1)},${at(ys[i]!, y0, y1)}`).join(' ');
}

function itemsShown(el: ChronicleTimeline) {
  const drawn = $$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id!);
  const counted = $$(el, '[data-badge]').flatMap((g) => (g as SVGGElement).dataset.ids!.split(' '));
  const undated = $$(el, '.undated button').map((b) => b.textContent!.trim());
  return { drawn, counted, undated };
}

describe('<chronicle-timeline>', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  // The real pointer stays where a test left it: over a fresh chart it would hover an item and
  // show a tooltip of its own. Every test starts with the mouse at the corner, buttons up.
  beforeEach(() => resetMouse());

  it('shows the shipped Syria dataset with no attributes: every item drawn, counted or listed', async () => {
    const el = await timeline(1280);
    const { drawn, counted, undated } = itemsShown(el);
    const dated = syria.events.filter((e) => e.when.type !== 'undated');
    expect([...drawn, ...counted].sort()).to.deep.equal(dated.map((e) => e.id).sort());
    expect(undated).to.deep.equal(syria.events.filter((e) => e.when.type === 'undated').map((e) => e.title));
    expect(drawn.length).to.be.greaterThan(10);
  });

  it('draws its chart in its first update, at the width it has, without waiting a frame to be measured', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:777px; padding: 0 10px"></div>`);
    const el = document.createElement('chronicle-timeline');
    el.style.padding = '0 20px';
    box.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[part="base"]')!.getAttribute('width')).to.equal('737');
    expect(el.shadowRoot!.querySelectorAll('[data-id]').length).to.be.greaterThan(20);
  });

  it('draws a UTC axis from 2011 to the end of 2024, with the crowded week given room', async () => {
    const el = await timeline(1280);
    const ticks = $$(el, '[part="tick-label"]');
    const labels = ticks.map((t) => t.textContent);
    expect(labels[0]).to.equal('2011');
    // Each stretch labelled from its start: years where time is slow, days in the crowded week.
    expect(labels).to.include.members(['2015', '2020', '2023', '27 Nov', '29 Nov', '1 Dec 2024']);
    expect(el.visibleRange).to.deep.equal([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)]);
    // The last week of November and 1 and 2 December get over a quarter of the width, not 2 pixels.
    const tickX = (label: string) => box(ticks[labels.indexOf(label)]!).left;
    expect(tickX('1 Dec 2024') - tickX('27 Nov')).to.be.greaterThan(200);
  });

  it('marks each compressed stretch as a break on the axis, and linear time-scale has none', async () => {
    const el = await timeline(1280);
    expect($$(el, '[part="axis-break"] title').map((t) => t.textContent!.split(',')[0])).to.deep.equal([
      '1 Jan 2012 to 1 Jan 2015',
      '1 Jan 2017 to 1 Jan 2020',
      '1 Jan 2021 to 1 Jan 2022',
      '1 Jan 2022 to 1 Jan 2023',
      '1 Jan 2024 to 25 Nov 2024',
      '3 Dec 2024 to 1 Jan 2025',
    ]);
    const linear = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    expect($$(linear, '[part="axis-break"]').length).to.equal(0);
  });

  it('gives lanes by category, named', async () => {
    const el = await timeline(1280);
    const lanes = $$(el, '[part="lane-label"]').map((t) => t.textContent);
    expect(lanes).to.include.members(['Armed conflict', 'Foreign forces', 'Statements', 'Regional wars']);
  });

  it("draws a year-precision item from its year's tick to where 2012 begins, not on 1 January", async () => {
    const el = await timeline(1280);
    const uprising = syria.events.find((e) => e.when.type === 'date' && e.when.date === '2011')!;
    const mark = el.shadowRoot!.querySelector(`[data-id="${uprising.id}"] .mark`)!;
    const ticks = $$(el, '[part="tick-label"]');
    const tick = (label: string) =>
      Number(
        ticks
          .find((t) => t.textContent === label)!
          .parentElement!.getAttribute('transform')!
          .match(/translate\(([\d.]+)/)![1],
      );
    expect(mark.classList.contains('date-span')).to.equal(true);
    expect(Number(mark.getAttribute('x'))).to.be.closeTo(tick('2011'), 0.01);
    // 2012 to 2015 is the first compressed break: the 2011 bar ends where it starts.
    const firstBreak = el.shadowRoot!.querySelector('[part="axis-break"] .break-band')!;
    expect(el.shadowRoot!.querySelector('[part="axis-break"] title')!.textContent).to.match(/^1 Jan 2012 to /);
    expect(Number(mark.getAttribute('x')) + Number(mark.getAttribute('width'))).to.be.closeTo(
      Number(firstBreak.getAttribute('x')),
      0.01,
    );
  });

  it('on a linear time-scale, spans a year and a period in proportion to their length', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const year = 1280 / 14;
    const uprising = el.shadowRoot!.querySelector('[data-id="uprising-against-assad-2011"] .mark')!;
    expect(Number(uprising.getAttribute('x'))).to.be.closeTo(0, 0.01);
    expect(Number(uprising.getAttribute('width'))).to.be.closeTo(year, 0.2);
    const aleppo = el.shadowRoot!.querySelector('[data-id="opposition-holds-aleppo-2012-2016"] .mark')!;
    expect(aleppo.classList.contains('period')).to.equal(true);
    expect(Number(aleppo.getAttribute('x'))).to.be.closeTo(year, 0.2);
    expect(Number(aleppo.getAttribute('width'))).to.be.closeTo(5 * year, 0.5);
    expect(
      $$(el, '[part="tick-label"]')
        .map((t) => t.textContent)
        .at(-1),
    ).to.equal('2024');
  });

  it('marks ongoing periods and hatches windows', async () => {
    const el = await timeline(1280);
    const window = el.shadowRoot!.querySelector('[data-id="opposition-captures-aleppo"] .mark')!;
    expect(window.classList.contains('window')).to.equal(true);
    expect(getComputedStyle(window).fill).to.contain('chronicle-hatch');
    expect($$(el, '.ongoing').length).to.be.greaterThan(0);
    const ongoingLabels = $$(el, '[data-id] .label').filter((t) => t.textContent!.endsWith('(ongoing)'));
    expect(ongoingLabels.length).to.equal($$(el, '.ongoing').length);
  });

  it('gives each category its own shape: the mark of a point, and a glyph at the start of a bar', async () => {
    const el = await timeline(1280);
    const category = new Map(syria.events.map((e) => [e.id, e.category]));
    const shapes = new Map<Category, Set<string>>();
    for (const path of $$(el, '[data-id] path.mark.point, [data-id] path.glyph')) {
      const id = (path.closest('[data-id]') as SVGGElement).dataset.id!;
      const c = category.get(id)!;
      if (!shapes.has(c)) shapes.set(c, new Set());
      shapes.get(c)!.add(outline(path.getAttribute('d')!));
    }
    // Every category in the chart, each in one shape of its own, the one the legend shows for it.
    expect([...shapes.keys()].sort()).to.deep.equal([...new Set(syria.events.map((e) => e.category))].sort());
    for (const [c, seen] of shapes)
      expect([...seen], c).to.deep.equal([outline(shapePath(CATEGORY_SHAPES[c], 0, 0, 5))]);
    expect(new Set([...shapes.values()].map((s) => [...s][0])).size).to.equal(shapes.size);
    // A bar's glyph sits on its start; a long bar that starts off screen shows it just inside.
    const week = await timeline(
      1280,
      html`<chronicle-timeline start="2024-11-25" end="2024-12-02"></chronicle-timeline>`,
    );
    const ukraine = week.shadowRoot!.querySelector('[data-id="russia-war-in-ukraine"]')!;
    const chartLeft = week.shadowRoot!.querySelector('svg')!.getBoundingClientRect().left;
    expect(box(ukraine.querySelector('.glyph')!).left).to.be.within(chartLeft, chartLeft + 12);
    week.parentElement!.remove();
    const bar = el.shadowRoot!.querySelector('[data-id="opposition-holds-aleppo-2012-2016"]')!;
    const glyph = bar.querySelector('.glyph')!.getBoundingClientRect();
    expect(glyph.left + glyph.width / 2).to.be.closeTo(bar.querySelector('.mark')!.getBoundingClientRect().left, 1);
  });

  it('runs time right to left in a right-to-left context: earlier on the right, labels beside their marks', async () => {
    const el = await timeline(1280, html`<chronicle-timeline dir="rtl"></chronicle-timeline>`);
    const chart = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const mark = (id: string) => box(el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!);
    expect(mark('uprising-against-assad-2011').left).to.be.greaterThan(mark('iraqi-militias-cross-into-syria').right);
    expect(mark('russia-enters-war-2015').left).to.be.greaterThan(mark('front-lines-stabilise-2020').right);
    const tick = (label: string) =>
      box(
        $$(el, '.tick text')
          .find((t) => t.textContent === label)!
          .closest('.tick')!
          .querySelector('line')!,
      );
    expect(tick('2011').left).to.be.greaterThan(tick('2015').left);
    // A bar's start in time, where its glyph sits, is its right end.
    const aleppo = el.shadowRoot!.querySelector('[data-id="opposition-holds-aleppo-2012-2016"]')!;
    const glyph = box(aleppo.querySelector('.glyph')!);
    expect(glyph.left + glyph.width / 2).to.be.closeTo(box(aleppo.querySelector('.mark')!).right, 1);
    // Lane names at the right, labels inside the chart, beside their marks, none overlapping.
    for (const lane of $$(el, '.lane-label')) expect(chart.right - box(lane).right).to.be.within(2, 10);
    const labels = $$(el, '[data-id] .label').map(box);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i]!.left, `label ${i} inside the chart`).to.be.at.least(chart.left - 0.5);
      expect(labels[i]!.right, `label ${i} inside the chart`).to.be.at.most(chart.right + 0.5);
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i]!, labels[j]!), `labels ${i} and ${j}`).to.equal(false);
    }
    for (const g of $$(el, '[data-id]')) {
      const m = box(g.querySelector('.mark')!);
      const l = box(g.querySelector('.label')!);
      if (g.querySelector('.label.left')) expect(l.right, (g as SVGGElement).dataset.id).to.be.at.most(m.left);
      if (g.querySelector('.label.right')) expect(l.left, (g as SVGGElement).dataset.id).to.be.at.least(m.right);
    }
    expect($$(el, '.label.left').length, 'labels after their marks in time sit on their left').to.be.greaterThan(0);
  });

  it('zooms, pans and steps the way the screen runs in a right-to-left context', async () => {
    const el = await timeline(1280, html`<chronicle-timeline dir="rtl"></chronicle-timeline>`);
    const centre = (id: string) => {
      const r = box(el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!);
      return r.left + r.width / 2;
    };
    // The wheel zooms around the pointer: the mark under it stays there.
    const russia = centre('russia-enters-war-2015');
    const svg = el.shadowRoot!.querySelector('svg')!;
    const r = svg.getBoundingClientRect();
    await wheel(el, -120, (russia - r.left) / r.width);
    await settled(el);
    expect(centre('russia-enters-war-2015')).to.be.closeTo(russia, 3);
    // Dragging to the right brings later times in from the left.
    const before = el.visibleRange;
    const y = Math.round(r.top + 60);
    await sendMouse({ type: 'move', position: [Math.round(r.left + 400), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 500), y] });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 600), y] });
    await sendMouse({ type: 'up' });
    await until(() => el.visibleRange[0] !== before[0]);
    expect(el.visibleRange[0]).to.be.greaterThan(before[0]);
    expect(el.visibleRange[1]).to.be.greaterThan(before[1]);
    // Home is the first item in time; the left arrow goes on to the next.
    el.shadowRoot!.querySelector<SVGGElement>('[data-id][tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    const focused = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;
    await until(() => focused() === 'uprising-against-assad-2011');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focused() === 'opposition-holds-aleppo-2012-2016');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focused() === 'uprising-against-assad-2011');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps 3:1 for every category's marks and 4.5:1 for labels against the lanes, ${theme}`, async () => {
      // A point of each category, years apart on a linear axis.
      const events = CATEGORIES.map((category, i) => ({
        ...syria.events[0]!,
        id: `p-${category}`,
        title: `A ${category} item`,
        category,
        when: { type: 'date' as const, date: `${2012 + i * 2}-06-01` },
        relations: [],
      }));
      const el = await timeline(
        1280,
        html`<chronicle-timeline theme=${theme} time-scale="linear" .events=${events}></chronicle-timeline>`,
      );
      const lane = getComputedStyle(el.shadowRoot!.querySelector('.lane-bg')!).fill;
      for (const category of CATEGORIES) {
        const g = el.shadowRoot!.querySelector(`[data-id="p-${category}"]`)!;
        const mark = getComputedStyle(g.querySelector('.mark.point')!);
        expect(contrast(mark.stroke, lane), `${category}'s edge`).to.be.at.least(3);
        expect(contrast(getComputedStyle(g.querySelector('.label')!).fill, lane), `${category}'s label`).to.be.at.least(
          4.5,
        );
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`draws the keyboard's focus ring at 3:1 or more against the background, ${theme}`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:1280px">
          <chronicle-timeline theme=${theme}></chronicle-timeline
          ><chronicle-legend theme=${theme} for="focus-ring-timeline"></chronicle-legend>
        </div>`,
      );
      const el = box.querySelector('chronicle-timeline')!;
      el.id = 'focus-ring-timeline';
      await until(() => $$(el, '[data-id]').length > 0);
      const background = getComputedStyle(el).backgroundColor;
      (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      const ring = el.shadowRoot!.activeElement!.querySelector('.focus-ring')!;
      expect(contrast(getComputedStyle(ring).stroke, background), 'item ring').to.be.at.least(3);
      const legend = box.querySelector('chronicle-legend')!;
      await legend.updateComplete;
      legend.shadowRoot!.querySelector<HTMLButtonElement>('button[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const outline = getComputedStyle(legend.shadowRoot!.activeElement!).outlineColor;
      expect(contrast(outline, getComputedStyle(legend).backgroundColor), 'legend outline').to.be.at.least(3);
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps a bar's start mark clear of the label inside it, at the edge of the view too (${dir})`, async () => {
      const el = await timeline(1280, html`<chronicle-timeline dir=${dir}></chronicle-timeline>`);
      const clear = () => {
        const inside = $$(el, '[data-id] .label.inside');
        expect(inside.length).to.be.greaterThan(2);
        for (const label of inside) {
          const [l, g] = [box(label), box(label.parentElement!.querySelector('.glyph')!)];
          if (dir === 'ltr') expect(g.right, label.textContent!).to.be.at.most(l.left);
          else expect(g.left, label.textContent!).to.be.at.least(l.right);
        }
      };
      clear();
      // Bars that began before the view: their marks are held just inside it.
      el.zoomTo(Date.UTC(2014, 0, 1), Date.UTC(2017, 0, 1));
      await el.updateComplete;
      clear();
      // The focus ring of an item at the view's edge stays inside the chart.
      const svg = box(el.shadowRoot!.querySelector('svg')!);
      for (const ring of $$(el, '[data-id] .focus-ring').map(box)) {
        expect(ring.left).to.be.at.least(svg.left);
        expect(ring.right).to.be.at.most(svg.right);
      }
    });
  }

  it('sets a label inside a hatched window on a plate, clear of the hatching and the dashed edge', async () => {
    const el = await timeline(1280);
    const labels = $$(el, '[data-id] .label.inside.window');
    expect(labels.length, 'labels inside windows').to.be.greaterThan(2);
    for (const label of labels) {
      const plate = label.parentElement!.querySelector('.label-plate')!;
      const [l, p] = [box(label), box(plate)];
      expect(
        p.left <= l.left && p.right >= l.right && p.top <= l.top && p.bottom >= l.bottom,
        label.textContent!,
      ).to.equal(true);
      expect(getComputedStyle(plate).fill).to.equal(getComputedStyle(el).backgroundColor);
    }
  });

  for (const width of [320, 768, 1280]) {
    it(`never overlaps two labels at ${width} px`, async () => {
      const el = await timeline(width);
      const labels = $$(el, '[data-id] .label').map(box);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          expect(overlaps(labels[i]!, labels[j]!), `labels ${i} and ${j}`).to.equal(false);
        }
      }
      const { drawn, counted } = itemsShown(el);
      expect(drawn.length + counted.length).to.equal(syria.events.filter((e) => e.when.type !== 'undated').length);
    });
  }

  it('ignores a range that is not one (NaN, infinite, a string) and a blank src', async () => {
    const el = await timeline(768);
    el.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2020, 0, 1));
    await el.updateComplete;
    const range = el.visibleRange;
    el.zoomTo(NaN, Infinity);
    el.zoomTo('a' as unknown as number, {} as unknown as number);
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal(range);
    const coordinates = $$(el, '[part="tick-label"], [data-id] .mark').flatMap((n) =>
      ['x', 'y', 'width'].map((a) => n.getAttribute(a)),
    );
    expect(coordinates.filter((v) => v === 'NaN')).to.deep.equal([]);
    // An address of spaces is no address: the data shown stays the shipped one, nothing is fetched.
    el.src = '   ';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"], [part="error"]')).to.equal(null);
    expect(el.items.length).to.equal(syria.events.length);
    expect($$(el, '[data-id]').length).to.be.greaterThan(0);
  });

  it('re-lays out after being hidden and shown, keeping its labels and visible range', async () => {
    const el = await timeline(768);
    const labels = () => $$(el, '[data-id] .label').map((t) => t.textContent);
    el.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2020, 0, 1));
    await until(() => el.visibleRange[0] > Date.UTC(2014, 0, 1));
    await el.updateComplete;
    const before = labels();
    const range = el.visibleRange;
    const box = el.parentElement!;
    box.style.display = 'none';
    await new Promise((r) => setTimeout(r, 100));
    box.style.display = '';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(labels()).to.deep.equal(before);
    expect(el.visibleRange[0]).to.be.closeTo(range[0], 1000);
    expect(el.visibleRange[1]).to.be.closeTo(range[1], 1000);
  });

  it('keeps the visible range when its width changes', async () => {
    const el = await timeline(1280);
    el.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1));
    await until(() => el.visibleRange[0] > Date.UTC(2015, 0, 1));
    const range = el.visibleRange;
    el.parentElement!.style.width = '640px';
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === '640');
    expect(el.visibleRange[0]).to.be.closeTo(range[0], 60_000);
    expect(el.visibleRange[1]).to.be.closeTo(range[1], 60_000);
  });

  for (const width of [320, 768, 1280]) {
    it(`brings every badged item into its own labelled row with one activation at ${width} px`, async () => {
      const el = await timeline(width, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
      const badges = $$(el, '[data-badge]').map((b) => (b as SVGGElement).dataset.ids!.split(' '));
      expect(badges.length, 'the default view has badges to open').to.be.greaterThan(0);
      for (const ids of badges) {
        el.resetZoom();
        await el.updateComplete;
        const badge = $$(el, '[data-badge]').find((b) => (b as SVGGElement).dataset.ids === ids.join(' '))!;
        // The zoom eases: judge the view where it settles.
        const settled = oneEvent(el, 'chronicle-range-change');
        badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await settled;
        await el.updateComplete;
        for (const id of ids) expect(el.shadowRoot!.querySelector(`[data-id="${id}"]`), id).to.exist;
        const labels = $$(el, '[data-id] .label').map(box);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            expect(overlaps(labels[i]!, labels[j]!), `labels ${i} and ${j} after opening ${ids}`).to.equal(false);
          }
        }
      }
    });
  }

  it('selects an item on click and fires chronicle-select with it', async () => {
    const el = await timeline(1280);
    const target = el.shadowRoot!.querySelector<SVGGElement>('[data-id] .label')!;
    const id = (target.closest('[data-id]') as SVGGElement).dataset.id!;
    const r = box(target);
    const fired = oneEvent(el, 'chronicle-select');
    await sendMouse({ type: 'click', position: [Math.round(r.left + 4), Math.round(r.top + r.height / 2)] });
    const event = await fired;
    expect(event.detail.item.id).to.equal(id);
    expect(el.selected).to.equal(id);
    expect(el.getAttribute('selected')).to.equal(id);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="event-selected"]')!.getAttribute('data-id')).to.equal(id);
  });

  it('selects with the keyboard: Tab to the chart, arrows between items, Enter', async () => {
    const el = await timeline(1280);
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as SVGGElement;
    expect(first?.dataset.id).to.be.a('string');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second.dataset.id).to.not.equal(first.dataset.id);
    const fired = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.item.id).to.equal(second.dataset.id);
  });

  it('zooms and pans from the keyboard: + - 0, Shift+arrows, Home and End', async () => {
    // Linear time, so that zooming in twice as far shows half the time.
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const full = el.visibleRange;
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.id).to.equal('uprising-against-assad-2011');
    await sendKeys({ press: 'End' });
    await until(
      () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id === 'fidan-urges-opposition-compromise',
    );
    await sendKeys({ press: 'Home' });
    await until(
      () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id === 'uprising-against-assad-2011',
    );
    await sendKeys({ press: '0' });
    await until(() => Math.abs(span(el.visibleRange) - span(full)) < 1000);
    await sendKeys({ press: '+' });
    await until(() => span(el.visibleRange) < span(full) * 0.6);
    const zoomed = el.visibleRange;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await until(() => el.visibleRange[0] > zoomed[0]);
    await sendKeys({ press: '-' });
    await until(() => span(el.visibleRange) > span(zoomed) * 1.2);
    await sendKeys({ press: '0' });
    await until(() => Math.abs(span(el.visibleRange) - span(full)) < 1000);
  });

  it('brings an item out of a count badge when the keyboard reaches it', async () => {
    const el = await timeline(320, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
    const badged = $$(el, '[data-badge]').flatMap((b) => (b as SVGGElement).dataset.ids!.split(' '));
    expect(badged).to.include('fidan-urges-opposition-compromise');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await until(
      () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id === 'fidan-urges-opposition-compromise',
    );
    const fired = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.item.id).to.equal('fidan-urges-opposition-compromise');
    const cleared = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.item).to.equal(null);
    expect(el.hasAttribute('selected'), 'no selected attribute once cleared').to.equal(false);
  });

  it('keeps keyboard focus on the same item through a zoom, and Enter selects that item', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const id = (el.shadowRoot!.activeElement as SVGGElement).dataset.id!;
    await sendKeys({ press: '+' });
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.id).to.equal(id);
    expect(el.shadowRoot!.querySelectorAll('[data-id][tabindex="0"]').length).to.equal(1);
    const fired = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.item.id).to.equal(id);
  });

  it('keeps keyboard focus on the chart when a pan moves the focused item out of view', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.id).to.equal('uprising-against-assad-2011');
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await until(() => span(el.visibleRange) < (Date.UTC(2025, 0, 1) - Date.UTC(2011, 0, 1)) / 3);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await until(() => el.visibleRange[0] > Date.UTC(2012, 0, 1));
    await until(() => !el.shadowRoot!.querySelector('[data-id="uprising-against-assad-2011"]'));
    await until(() => el.shadowRoot!.activeElement instanceof SVGElement);
    // Eased pans take d3's smooth path, which widens mid-move: measure where they end.
    await settled(el);
    const before = span(el.visibleRange);
    await sendKeys({ press: '-' });
    await until(() => span(el.visibleRange) > before * 1.5);
  });

  it('is one tab stop: Tab leaves for the page, and focus that left is never pulled back', async () => {
    const el = await timeline(1280);
    expect($$(el, '[data-badge]').length, 'the Syria view at 1280 px has badges').to.be.greaterThan(0);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.parentElement!.append(after);
    const frames = async () => {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    };
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.be.instanceOf(SVGElement);
    // Badges are not tab stops (the arrow keys reach their items); the zoom buttons and the undated
    // items are one stop each (arrow keys move inside): the next stops are "Zoom in", the first
    // undated item, and the page's button.
    const undated = $$(el, '[part="undated"] button').map((b) => b.textContent!.trim());
    expect(undated.length, 'the Syria data has undated items').to.be.greaterThan(1);
    const stops: string[] = [];
    while (stops.length < 3) {
      await sendKeys({ press: 'Tab' });
      const inside = el.shadowRoot!.activeElement;
      stops.push(
        document.activeElement === after
          ? 'after'
          : (inside?.getAttribute('aria-label') ?? inside?.textContent?.trim() ?? String(inside)),
      );
    }
    expect(stops).to.deep.equal(['Zoom in', undated[0], 'after']);
    // Inside the undated list, the arrow keys move and the stop follows.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(undated[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(undated.at(-1));
    expect($$(el, '[part="undated"] button[tabindex="0"]').map((b) => b.textContent!.trim())).to.deep.equal([
      undated.at(-1),
    ]);
    await sendKeys({ press: 'Tab' });
    await frames();
    expect(document.activeElement === after, 'focus stays on the page button').to.equal(true);
    // Back on an item, then focus taken away by script (as a click on plain page text does).
    (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
    (el.shadowRoot!.activeElement as SVGGElement).blur();
    await frames();
    expect(el.shadowRoot!.activeElement === null, 'nothing in the chart took focus back').to.equal(true);
  });

  it('never takes focus back once it went elsewhere, even when the item it left is then filtered out', async () => {
    const el = await timeline(1280);
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    el.parentElement!.append(outside);
    const item = el.shadowRoot!.querySelector<SVGGElement>('[data-id="iraqi-militias-cross-into-syria"]')!;
    item.focus();
    expect(el.shadowRoot!.activeElement === item, 'the item has focus').to.equal(true);
    outside.focus();
    el.filter = { actors: ['iran'] };
    await until(() => !el.shadowRoot!.querySelector('[data-id="iraqi-militias-cross-into-syria"]'));
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    expect(document.activeElement === outside, 'focus stays where the reader put it').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="tooltip"]'), 'no tooltip left behind').to.equal(null);
  });

  it('makes the zoom buttons one tab stop, moved between with the arrow keys', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    el.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    await settled(el);
    const buttons = $$(el, '[part="zoom-button"]') as HTMLButtonElement[];
    const stops = () => buttons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label'));
    expect(stops()).to.deep.equal(['Zoom in']);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement === buttons[1], 'Zoom out focused').to.equal(true);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement === buttons[2], 'Show everything focused').to.equal(true);
    expect(stops()).to.deep.equal(['Show everything']);
    // Showing everything disables the button that had the stop: the stop goes to "Zoom in". (The
    // move eases, and ends with a range-change event.)
    const ended = oneEvent(el, 'chronicle-range-change');
    await sendKeys({ press: 'Enter' });
    await ended;
    await el.updateComplete;
    expect(stops()).to.deep.equal(['Zoom in']);
    await until(() => el.shadowRoot!.activeElement === buttons[0]);
  });

  it('zooms with the visible buttons', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const [zoomIn, zoomOut, reset] = $$(el, '[part="zoom-button"]') as HTMLButtonElement[];
    expect([zoomIn, zoomOut, reset].map((b) => b!.getAttribute('aria-label'))).to.deep.equal([
      'Zoom in',
      'Zoom out',
      'Show everything',
    ]);
    expect(zoomOut!.disabled).to.equal(true);
    const full = el.visibleRange;
    const r = box(zoomIn!);
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await until(() => span(el.visibleRange) < span(full) * 0.6);
    await el.updateComplete;
    expect(zoomOut!.disabled).to.equal(false);
    reset!.click();
    await until(() => Math.abs(span(el.visibleRange) - span(full)) < 1000);
  });

  it('eases a button zoom, unless the reader prefers reduced motion', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const full = el.visibleRange;
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-button"]')!;
    zoomIn.click();
    await el.updateComplete;
    // Mid-transition: not yet at half the range.
    expect(span(el.visibleRange)).to.be.greaterThan(span(full) * 0.55);
    await until(() => Math.abs(span(el.visibleRange) - span(full) / 2) < 1000);

    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      el.resetZoom();
      await el.updateComplete;
      zoomIn.click();
      await el.updateComplete;
      expect(span(el.visibleRange)).to.be.closeTo(span(full) / 2, 1000);
      // A double-click zooms at once too.
      el.resetZoom();
      await el.updateComplete;
      const r = box(el.shadowRoot!.querySelector('svg')!);
      el.shadowRoot!.querySelector('svg')!.dispatchEvent(
        new MouseEvent('dblclick', { clientX: r.left + 640, clientY: r.top + 10, bubbles: true, view: window }),
      );
      await el.updateComplete;
      expect(span(el.visibleRange)).to.be.closeTo(span(full) / 2, 1000);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('zooms in on wheel and pans on drag, firing chronicle-range-change', async () => {
    const el = await timeline(1280, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    const r = box(svg);
    const before = el.visibleRange;
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width * 0.9), Math.round(r.top + 10)] });
    const changed = oneEvent(el, 'chronicle-range-change');
    for (let i = 0; i < 5; i++) {
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -200,
          clientX: r.left + r.width * 0.9,
          clientY: r.top + 10,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await until(() => el.visibleRange[1] - el.visibleRange[0] < before[1] - before[0]);
    const settled = await changed;
    expect(settled.detail.end - settled.detail.start).to.be.lessThan(before[1] - before[0]);

    const zoomed = el.visibleRange;
    await sendMouse({ type: 'move', position: [Math.round(r.left + 600), Math.round(r.top + 12)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 800), Math.round(r.top + 12)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.visibleRange[0]).to.be.lessThan(zoomed[0]);
    expect(el.visibleRange[1] - el.visibleRange[0]).to.be.closeTo(zoomed[1] - zoomed[0], 1000);
  });

  /** A timeline that counts its updates, and what its live region says. */
  async function watched() {
    const el = await timeline(1280);
    const counter = { updates: 0 };
    const update = el['update'].bind(el);
    el['update'] = (changed) => (counter.updates++, update(changed));
    const said = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    return { el, counter, said };
  }

  it('says where a gesture came to rest without drawing the chart again', async () => {
    const { el, counter, said } = await watched();
    await wheel(el, -200, 0.5, 1);
    await oneEvent(el, 'chronicle-range-change');
    // Moved within the page meanwhile (as a framework reordering the page would): still said.
    el.parentElement!.append(el);
    await el.updateComplete;
    const rested = counter.updates;
    // The range is said 300 ms after it settles.
    await until(() => said().startsWith('Showing '));
    await new Promise((r) => setTimeout(r, 50));
    expect(counter.updates, 'no update to say it').to.equal(rested);
  });

  it('neither draws nor speaks once removed mid-gesture, and draws when put back', async () => {
    const { el, counter, said } = await watched();
    await wheel(el, -200, 0.5, 1);
    const parent = el.parentElement!;
    el.remove();
    const removed = counter.updates;
    // The gesture ends 150 ms after its last turn: it still says where the view came to rest...
    const settled = await oneEvent(el, 'chronicle-range-change');
    expect(settled.detail.end).to.be.greaterThan(settled.detail.start);
    // ...to the page, but not in the removed element's live region, and without drawing it.
    await new Promise((r) => setTimeout(r, 400));
    expect(said()).to.equal('');
    expect(counter.updates, 'no update of the removed element').to.equal(removed);
    parent.append(el);
    await until(() => counter.updates > removed);
  });

  it('zooms to the items in a badge when it is activated', async () => {
    const el = await timeline(320, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
    const badge = el.shadowRoot!.querySelector<SVGGElement>('[data-badge]');
    expect(badge, 'the crowded week needs a badge at 320 px').to.exist;
    const ids = badge!.dataset.ids!.split(' ');
    const before = el.visibleRange;
    // The zoom eases: judge the view where it settles, not on the way there.
    const settled = oneEvent(el, 'chronicle-range-change');
    badge!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled;
    await el.updateComplete;
    expect(el.visibleRange[1] - el.visibleRange[0]).to.be.lessThan((before[1] - before[0]) / 10);
    const { drawn } = itemsShown(el);
    for (const id of ids) expect(drawn, id).to.include(id);
    const [start, end] = el.visibleRange;
    for (const id of ids) {
      const e = syria.events.find((x) => x.id === id)!;
      const d = e.when.type === 'date' ? e.when.date : e.when.type === 'window' ? e.when.to : '';
      expect(Date.parse(d), id).to.be.within(start, end);
    }
  });

  it('zooms from where it is after a resize, not from a stale transform', async () => {
    const el = await timeline(1280);
    el.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2017, 0, 1));
    await until(() => span(el.visibleRange) < 3 * 365 * 86_400_000);
    el.parentElement!.style.width = '700px';
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === '700');
    const kept = el.visibleRange;
    await wheel(el, -100, 0.5, 1);
    const after = el.visibleRange;
    expect(span(after)).to.be.lessThan(span(kept));
    expect(after[0]).to.be.within(kept[0], kept[1]);
    expect(after[1]).to.be.within(kept[0], kept[1]);
  });

  it('still zooms after being removed and put back', async () => {
    const el = await timeline(1000);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const before = el.visibleRange;
    await wheel(el, -200);
    expect(span(el.visibleRange)).to.be.lessThan(span(before));
  });

  it('shows the whole of new events, and zooms from there', async () => {
    const el = await timeline(1000);
    await wheel(el, -300, 0.9, 5);
    expect(span(el.visibleRange)).to.be.lessThan(span([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)]));
    el.events = syria.events.filter((e) => e.when.type === 'date' && e.when.date.length === 4);
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal([Date.UTC(2011, 0, 1), Date.UTC(2024, 0, 1)]);
    await wheel(el, -100, 0.5, 1);
    const [start, end] = el.visibleRange;
    expect(start).to.be.at.least(Date.UTC(2011, 0, 1));
    expect(end).to.be.at.most(Date.UTC(2024, 0, 1));
    expect(end - start).to.be.greaterThan(365 * 86_400_000);
  });

  it('honours zoomTo called before it has a width, and never zooms past the data', async () => {
    const el = document.createElement('chronicle-timeline');
    el.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    box.append(el);
    await until(() => !!el.shadowRoot!.querySelector('svg [data-id]'));
    await el.updateComplete;
    expect(el.visibleRange[0]).to.be.closeTo(Date.UTC(2016, 0, 1), 86_400_000);
    expect(el.visibleRange[1]).to.be.closeTo(Date.UTC(2017, 0, 1), 86_400_000);
    el.zoomTo(Date.UTC(2024, 11, 20), Date.UTC(2025, 5, 1));
    await el.updateComplete;
    expect(el.visibleRange[1]).to.be.at.most(Date.UTC(2025, 0, 1) + 1);
    el.zoomTo(Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1));
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('lists a dataset of undated items without drawing an empty axis', async () => {
    const undated = syria.events.filter((e) => e.when.type === 'undated');
    const el = await fixture<ChronicleTimeline>(html`<chronicle-timeline .events=${undated}></chronicle-timeline>`);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect($$(el, '.undated button').length).to.equal(undated.length);
  });

  it('marks the disputed militia crossing and highlights the denial when it is selected', async () => {
    const el = await timeline(1280);
    const crossing = el.shadowRoot!.querySelector<SVGGElement>('[data-id="iraqi-militias-cross-into-syria"]')!;
    expect(crossing.querySelector('.label')!.textContent).to.equal('Iraqi militias cross into Syria (disputed)');
    expect(crossing.getAttribute('aria-label')).to.equal(
      'Iraqi militias cross into Syria, Sunday, 1 December 2024, disputed by: PMF denies its groups entered Syria',
    );
    crossing.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The denial and the supporting statement are highlighted, or the badge holding one of them is.
    const related = $$(el, '[part~="event-related"]').map((g) => (g as SVGGElement).dataset.id);
    const inBadges = $$(el, '[part~="cluster-related"]').flatMap((g) => (g as SVGGElement).dataset.ids!.split(' '));
    expect([...related, ...inBadges]).to.include.members([
      'pmf-denies-entering-syria',
      'syrian-source-confirms-reinforcements',
    ]);
    el.selected = 'pmf-denies-entering-syria';
    await el.updateComplete;
    expect($$(el, '[part~="event-related"]').map((g) => (g as SVGGElement).dataset.id)).to.deep.equal([
      'iraqi-militias-cross-into-syria',
    ]);
  });

  it('shows a tooltip with title and date on hover and on focus', async () => {
    const el = await timeline(1280);
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    const label = el.shadowRoot!.querySelector('[data-id="russia-enters-war-2015"] .label')!;
    const r = box(label);
    await sendMouse({ type: 'move', position: [Math.round(r.left + 5), Math.round(r.top + r.height / 2)] });
    await until(() => !!el.shadowRoot!.querySelector('[part="tooltip"]'));
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect([tip.querySelector('strong')!.textContent, tip.querySelector('span')!.textContent]).to.deep.equal([
      'Russia enters the war',
      '2015',
    ]);
    await sendMouse({ type: 'move', position: [2, 2] });
    await until(() => !el.shadowRoot!.querySelector('[part="tooltip"]'));
    await sendKeys({ press: 'Tab' });
    await until(() => !!el.shadowRoot!.querySelector('[part="tooltip"]'));
    expect(el.shadowRoot!.querySelector('[part="tooltip"] strong')!.textContent).to.equal(
      'Uprising against Assad begins',
    );
  });

  it('shows the range set by start and end, and fires chronicle-range-change', async () => {
    const el = await timeline(
      1000,
      html`<chronicle-timeline start="2024-11-25" end="2024-12-02"></chronicle-timeline>`,
    );
    expect(el.visibleRange[0]).to.be.closeTo(Date.UTC(2024, 10, 25), 60_000);
    expect(el.visibleRange[1]).to.be.closeTo(Date.UTC(2024, 11, 3), 60_000);
    const changed = oneEvent(el, 'chronicle-range-change');
    el.setAttribute('start', '2016');
    el.setAttribute('end', '2016');
    const { detail } = await changed;
    expect(detail.start).to.be.closeTo(Date.UTC(2016, 0, 1), 60_000);
    expect(detail.end).to.be.closeTo(Date.UTC(2017, 0, 1), 60_000);
  });

  it('takes start and end in either order, and ignores a range outside the data', async () => {
    const el = await timeline(1000, html`<chronicle-timeline start="2016" end="2015"></chronicle-timeline>`);
    expect(el.visibleRange[0]).to.be.closeTo(Date.UTC(2015, 0, 1), 60_000);
    expect(el.visibleRange[1]).to.be.closeTo(Date.UTC(2017, 0, 1), 60_000);
    const before = el.visibleRange;
    el.start = '2030-01-01';
    el.end = '2031-01-01';
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal(before);
    el.start = '';
    el.end = '';
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('keeps "(disputed)" when a label is cut short at 320 px', async () => {
    const el = await timeline(320, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
    const label = el.shadowRoot!.querySelector('[data-id="iraqi-militias-cross-into-syria"] .label')!.textContent!;
    expect(label).to.match(/… \(disputed\)$/);
  });

  it('gives lanes by actor, named from the dataset', async () => {
    const el = await timeline(1280, html`<chronicle-timeline group-by="actor"></chronicle-timeline>`);
    const lanes = $$(el, '[part="lane-label"]').map((t) => t.textContent);
    expect(lanes).to.include.members(['Syrian government (Assad regime)', 'No actor named']);
    const { drawn, counted } = itemsShown(el);
    expect(drawn.length + counted.length).to.equal(syria.events.filter((e) => e.when.type !== 'undated').length);
  });

  it('zooms with a two-finger pinch and pans with one finger', async () => {
    // A touch device, as a phone is: d3-zoom listens for touch only where the device has it.
    await executeServerCommand('touch-emulation', { enabled: true });
    try {
      await pinchAndPan();
    } finally {
      await executeServerCommand('touch-emulation', { enabled: false });
    }
  });

  async function pinchAndPan() {
    const el = await timeline(1000, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const r = box(el.shadowRoot!.querySelector('svg')!);
    const y = Math.round(r.top + 40);
    const at = (x: number) => Math.round(r.left + x);
    const full = el.visibleRange;
    const pinch = [
      {
        type: 'touchStart',
        touchPoints: [
          { x: at(450), y, id: 0 },
          { x: at(550), y, id: 1 },
        ],
      },
      ...[1, 2, 3, 4, 5].map((i) => ({
        type: 'touchMove',
        touchPoints: [
          { x: at(450 - 40 * i), y, id: 0 },
          { x: at(550 + 40 * i), y, id: 1 },
        ],
      })),
      { type: 'touchEnd', touchPoints: [] },
    ];
    await executeServerCommand('touch', { steps: pinch });
    await until(() => span(el.visibleRange) < span(full) / 2);
    const zoomed = el.visibleRange;
    const pan = [
      { type: 'touchStart', touchPoints: [{ x: at(300), y, id: 0 }] },
      ...[1, 2, 3, 4].map((i) => ({ type: 'touchMove', touchPoints: [{ x: at(300 + 50 * i), y, id: 0 }] })),
      { type: 'touchEnd', touchPoints: [] },
    ];
    await executeServerCommand('touch', { steps: pan });
    await until(() => el.visibleRange[0] < zoomed[0]);
    expect(span(el.visibleRange)).to.be.closeTo(span(zoomed), 1000);
  }

  it('selects an item with a tap', async () => {
    const el = await timeline(1000);
    const label = box(el.shadowRoot!.querySelector('[data-id="russia-enters-war-2015"] .label')!);
    const x = Math.round(label.left + 5);
    const y = Math.round(label.top + label.height / 2);
    const fired = oneEvent(el, 'chronicle-select');
    await executeServerCommand('touch', {
      steps: [
        { type: 'touchStart', touchPoints: [{ x, y, id: 0 }] },
        { type: 'touchEnd', touchPoints: [] },
      ],
    });
    expect((await fired).detail.item.id).to.equal('russia-enters-war-2015');
  });

  it('zooms in on double-click', async () => {
    const el = await timeline(1000, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const before = el.visibleRange;
    const svg = el.shadowRoot!.querySelector('svg')!;
    const r = box(svg);
    svg.dispatchEvent(
      new MouseEvent('dblclick', { clientX: r.left + 500, clientY: r.top + 10, bubbles: true, view: window }),
    );
    await until(() => span(el.visibleRange) < span(before) * 0.7);
  });

  it('zooms in no further than about an hour', async () => {
    const el = await timeline(1000);
    el.zoomTo(Date.UTC(2024, 11, 1, 12), Date.UTC(2024, 11, 1, 12, 5));
    await el.updateComplete;
    expect(span(el.visibleRange)).to.be.closeTo(3_600_000, 60_000);
  });

  it('keeps the tooltip whole inside the element at 320 px, at both ends', async () => {
    const el = await timeline(320, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
    const host = box(el);
    for (const id of ['uprising-against-assad-2011', 'iraqi-militias-cross-into-syria']) {
      const item = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
      item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const tip = box(el.shadowRoot!.querySelector('[part="tooltip"]')!);
      expect(tip.left, id).to.be.at.least(host.left - 0.5);
      expect(tip.right, id).to.be.at.most(host.right + 0.5);
      expect(tip.width, id).to.be.greaterThan(120);
    }
  });

  for (const [name, when] of [
    ['one item', [{ type: 'date', date: '2020-05-04' }]],
    ['all items on one day', Array.from({ length: 12 }, () => ({ type: 'date', date: '2024-12-01' }))],
  ] as const) {
    it(`draws ${name}: every item drawn or counted, no labels overlapping`, async () => {
      const events = when.map((w, i) => ({
        ...syria.events[0]!,
        id: `item-${i}`,
        title: `Item number ${i}`,
        when: w,
        relations: undefined,
      }));
      const el = await timeline(768, html`<chronicle-timeline .events=${events}></chronicle-timeline>`);
      const { drawn, counted } = itemsShown(el);
      expect([...drawn, ...counted].sort()).to.deep.equal(events.map((e) => e.id).sort());
      const labels = $$(el, '[data-id] .label').map(box);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!)).to.equal(false);
      }
      // One day of data reads as days, not hours it does not have.
      expect($$(el, '[part="tick-label"]').some((t) => /\d\d:\d\d/.test(t.textContent!))).to.equal(false);
    });
  }

  it('draws any dataset given by the events property', async () => {
    const el = await timeline(800, html`<chronicle-timeline .events=${companyHistory}></chronicle-timeline>`);
    expect($$(el, '[data-id] .label').map((t) => t.textContent)).to.deep.equal([
      'Company founded',
      'Pilot project',
      'Review, sometime that autumn',
    ]);
    expect($$(el, '[part="lane-label"]').map((t) => t.textContent)).to.deep.equal([
      'Diplomacy',
      'Statements',
      'Political',
    ]);
    expect(el.visibleRange).to.deep.equal([Date.UTC(2019, 0, 1), Date.UTC(2020, 11, 1)]);
  });

  it('shows only what its filter lets through, keeping the view and the axis', async () => {
    const el = await timeline(1280);
    const shown = () => {
      const { drawn, counted } = itemsShown(el);
      return [...drawn, ...counted];
    };
    el.zoomTo(Date.UTC(2024, 10, 25), Date.UTC(2024, 11, 3));
    await settled(el);
    const before = el.visibleRange;
    const axisEnds = el.fullRange;
    el.filter = { actors: ['iran'] };
    await until(
      () => shown().length > 0 && shown().every((id) => el.items.find((e) => e.id === id)!.actors.includes('iran')),
    );
    expect(el.visibleRange[0]).to.be.closeTo(before[0], 60_000);
    expect(el.visibleRange[1]).to.be.closeTo(before[1], 60_000);
    expect(el.fullRange).to.deep.equal(axisEnds);
    el.filter = { categories: [] };
    await until(() => el.shadowRoot!.querySelector('[part="empty"]')?.textContent === 'No events match the filter.');
    const heard = oneEvent(el, 'chronicle-filter-change');
    el.applyFilter({});
    expect((await heard).detail.filter).to.deep.equal({});
    await until(() => shown().length > 10);
  });

  it('announces selection, filter and range changes through a polite live region', async () => {
    const el = await timeline(1280);
    const said = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(said()).to.equal('');
    el.select('russia-enters-war-2015');
    await el.updateComplete;
    expect(said()).to.equal('Selected: Russia enters the war, 2015.');
    // The keyboard clears it.
    (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(said()).to.equal('Selection cleared.');
    el.applyFilter({ actors: ['iran'] });
    await el.updateComplete;
    const iran = syria.events.filter((e) => e.actors.includes('iran')).length;
    expect(said()).to.equal(`Filter: ${iran} of ${syria.events.length} events shown.`);
    el.applyFilter({ categories: [] });
    await el.updateComplete;
    expect(said(), 'still said with nothing to draw').to.equal(`Filter: 0 of ${syria.events.length} events shown.`);
    el.applyFilter({});
    await until(() => !!el.shadowRoot!.querySelector('[data-id][tabindex="0"]'));
    await new Promise((r) => setTimeout(r, 1100));
    el.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    await until(() => said().startsWith('Showing '));
    expect(said()).to.match(/^Showing \d+ \w+ 2015 to \d+ \w+ 2017\.$|^Showing 1 January 2016 to 31 December 2016\.$/);
  });

  it('brings an item selected through select() into view, and says so', async () => {
    const el = await timeline(1280);
    el.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    await settled(el);
    const heard = oneEvent(el, 'chronicle-select');
    el.select('iraqi-militias-cross-into-syria');
    expect((await heard).detail.item.id).to.equal('iraqi-militias-cross-into-syria');
    // The move eases over a few frames (which a loaded machine may start late): wait for it to arrive.
    await until(() => el.visibleRange[1] > Date.UTC(2024, 11, 2));
    await settled(el);
    const [start, end] = el.visibleRange;
    expect(start).to.be.below(Date.UTC(2024, 11, 1));
    expect(end).to.be.above(Date.UTC(2024, 11, 2));
    expect(el.getAttribute('selected')).to.equal('iraqi-militias-cross-into-syria');
    const cleared = oneEvent(el, 'chronicle-select');
    el.select('');
    expect((await cleared).detail.item).to.equal(null);
    el.select('no-such-item');
    expect(el.selected).to.equal('');
  });

  it('says so when there is nothing to draw', async () => {
    const el = await fixture<ChronicleTimeline>(html`<chronicle-timeline .events=${[]}></chronicle-timeline>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No events to show.');
  });

  it('is accessible', async () => {
    const el = await timeline(1280);
    await expect(el).to.be.accessible();
  });
});
