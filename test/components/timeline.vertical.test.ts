import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { breaksTemplate } from '../../src/components/timeline/timeline.templates.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { syria } from '../../src/data/syria.js';
import { timeOrder } from '../../src/core/overview.js';
import { $$, settled, timeline, until } from './helpers.js';

const box = (e: Element) => e.getBoundingClientRect();
/** A tick label's words, over however many lines it takes. */
const tickText = (t: Element) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const ids = (el: ChronicleTimeline) => $$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id!);
const badged = (el: ChronicleTimeline) =>
  $$(el, '[data-badge]').flatMap((b) => (b as SVGGElement).dataset.ids!.split(' '));
const dated = syria.events.filter((e) => e.when.type !== 'undated');

/** The vertical layout: narrow screens, or `orientation="vertical"`. */
describe('<chronicle-timeline> vertical', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  it('runs time down the screen below 520 px: labels in order, one under another, none overlapping', async () => {
    const el = await timeline(360);
    await until(() => $$(el, '[data-id]').length > 0);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(box(svg).width).to.equal(360);
    // The chart's height is the column's (CSS), not the rows': time is zoomed along it.
    expect(box(svg).height).to.be.within(240, 640);
    const labels = $$(el, '[data-id] .label').map(box);
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.top, `label ${i} below label ${i - 1}`).to.be.at.least(labels[i - 1]!.bottom - 8);
      expect(overlaps(labels[i]!, labels[i - 1]!), `labels ${i - 1} and ${i}`).to.equal(false);
    }
    // Every dated item is labelled or counted in a badge.
    expect([...ids(el), ...badged(el)].sort()).to.deep.equal(dated.map((e) => e.id).sort());
    // The uprising first, at the top; the crowded week's badge at the foot.
    expect(ids(el)[0]).to.equal('uprising-against-assad-2011');
    const first = box(el.shadowRoot!.querySelector('[data-id] .label')!);
    expect(first.top - box(svg).top).to.be.below(24);
    const badge = box(el.shadowRoot!.querySelector('[data-badge]')!);
    expect(badge.top - box(svg).top).to.be.greaterThan(box(svg).height / 2);
  });

  it('never draws a break band of negative size, before its width is known', () => {
    // (A chart drawn at width 0 once gave bands a height of -20, which the browser logs as an error.)
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const gap = { t0: Date.UTC(2012, 0), t1: Date.UTC(2015, 0), x0: 10, x1: 40, gap: true };
    render(breaksTemplate([gap], 0), host);
    expect(host.querySelector('rect.break-band')!.getAttribute('height')).to.equal('0');
  });

  it('keeps every tick label whole inside the chart, one at the bottom edge too', async () => {
    const el = await timeline(360, html`<chronicle-timeline time-scale="linear"></chronicle-timeline>`);
    const svg = box(el.shadowRoot!.querySelector('svg')!);
    // January 2019 a pixel or so above the bottom edge.
    el.zoomTo(Date.UTC(2011, 0, 1), Date.UTC(2019, 0, 5));
    await el.updateComplete;
    const ticks = $$(el, '[part="tick-label"]');
    expect(tickText(ticks.at(-1)!), 'the last tick, a pixel above the bottom edge').to.equal('2019');
    const inside = (t: Element) => {
      expect(box(t).top, `${tickText(t)}: top`).to.be.at.least(svg.top);
      expect(box(t).bottom, `${tickText(t)}: bottom`).to.be.at.most(svg.bottom);
      expect(box(t).left, `${tickText(t)}: left`).to.be.at.least(svg.left);
    };
    ticks.forEach(inside);
    // The crowded week's labels name their year too, and stay inside on the left (split in two lines).
    el.resetZoom();
    el.timeScale = 'compressed';
    await el.updateComplete;
    const labels = $$(el, '[part="tick-label"]');
    expect(labels.map(tickText)).to.include('1 Dec 2024');
    labels.forEach(inside);
    // Months down the column: a label takes its lines, not its width, so nearly every month has one
    // and the new year is named where it starts.
    el.zoomTo(Date.UTC(2012, 0, 1), Date.UTC(2013, 11, 5));
    await el.updateComplete;
    const months = $$(el, '[part="tick-label"]').map(tickText);
    expect(months[0]).to.equal('Jan 2012');
    expect(months.length, months.join()).to.be.at.least(18);
    expect(months).to.include('Jan 2013');
  });

  it('keeps a wide timeline horizontal, and follows orientation="vertical" at any width', async () => {
    const wide = await timeline(900);
    expect(box(wide.shadowRoot!.querySelector('svg')!).height, 'lanes in rows').to.be.greaterThan(300);
    expect(wide.shadowRoot!.querySelector('.chart.column')).to.equal(null);
    const asked = await timeline(900, html`<chronicle-timeline orientation="vertical"></chronicle-timeline>`);
    await until(() => !!asked.shadowRoot!.querySelector('.chart.column svg'));
    const narrow = await timeline(360, html`<chronicle-timeline orientation="horizontal"></chronicle-timeline>`);
    expect(narrow.shadowRoot!.querySelector('.chart.column')).to.equal(null);
  });

  it('keeps the reader’s range when it turns vertical, and zooms and pans along y', async () => {
    const el = await timeline(900, html`<chronicle-timeline start="2024-11-27" end="2024-12-03"></chronicle-timeline>`);
    const range = el.visibleRange;
    el.parentElement!.style.width = '360px';
    await until(() => !!el.shadowRoot!.querySelector('.chart.column svg'));
    await el.updateComplete;
    expect(el.visibleRange[0]).to.be.closeTo(range[0], 60_000);
    expect(el.visibleRange[1]).to.be.closeTo(range[1], 60_000);
    // A wheel over the lower part zooms in around that point in time, which stays where it was.
    const svg = el.shadowRoot!.querySelector('svg')!;
    const r = box(svg);
    const y = r.top + r.height * 0.75;
    const at = range[0] + (range[1] - range[0]) * 0.75;
    svg.dispatchEvent(
      new WheelEvent('wheel', { clientX: r.left + 100, clientY: y, deltaY: -300, bubbles: true, cancelable: true }),
    );
    await settled(el);
    const [a, b] = el.visibleRange;
    expect(b - a, 'zoomed in').to.be.lessThan((range[1] - range[0]) * 0.8);
    // Around the pointer, in the lower part: the view's start moves later more than its end earlier.
    expect(a - range[0]).to.be.greaterThan(range[1] - b);
    expect(at).to.be.within(a, b);
    // Shift+Down pans later in time.
    const before = el.visibleRange;
    (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await settled(el);
    expect(el.visibleRange[0]).to.be.greaterThan(before[0]);
  });

  it('walks the items with the down and up arrows, opening the crowded week’s badge, and selects with Enter', async () => {
    const el = await timeline(360);
    await until(() => badged(el).length > 0);
    const hidden = badged(el)[0]!;
    const order = dated.map((e) => e.id);
    const ranges: number[][] = [];
    el.addEventListener('chronicle-range-change', (e) => ranges.push([e.detail.start, e.detail.end]));
    const before = el.visibleRange;
    (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ press: 'Home' });
    const focused = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;
    let steps = 0;
    const seen = [focused()];
    while (focused() !== hidden && steps++ < order.length) {
      const was = focused();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focused() !== was);
      seen.push(focused());
    }
    expect(focused(), 'the arrows reach an item that was in a badge').to.equal(hidden);
    // Giving it a row zoomed the view in, and a reader listening for range changes hears of it.
    expect(el.visibleRange, 'the view zoomed in to the item').not.to.deep.equal(before);
    expect(ranges.at(-1), 'the last chronicle-range-change').to.deep.equal([...el.visibleRange]);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused() !== hidden);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused() === hidden);
    const fired = oneEvent(el, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.item.id).to.equal(hidden);
    expect(el.selected).to.equal(hidden);
  });

  it('walks every dated item in time order with the down arrow, from the first to the last', async () => {
    const el = await timeline(360);
    (el.shadowRoot!.querySelector('[data-id][tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ press: 'Home' });
    const focused = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;
    const seen = [focused()];
    for (let i = 1; i < dated.length; i++) {
      const was = focused();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focused() !== was);
      seen.push(focused());
    }
    expect(seen).to.deep.equal(timeOrder(dated).map((e) => e.id));
  });

  it('opens a badge: the view zooms to its items and labels more of them, none overlapping', async () => {
    const el = await timeline(360);
    await until(() => badged(el).length > 0);
    const badge = el.shadowRoot!.querySelector<SVGGElement>('[data-badge]')!;
    const inside = badge.dataset.ids!.split(' ');
    const moved = oneEvent(el, 'chronicle-range-change');
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await moved;
    await el.updateComplete;
    // (At 640 px the crowded week has more items than rows: the rest stay counted, for the keys.)
    const shown = inside.filter((id) => ids(el).includes(id));
    expect(shown.length, `of ${inside.length} items in the badge`).to.be.greaterThan(inside.length / 2);
    expect([...ids(el), ...badged(el)]).to.include.members(inside);
    const labels = $$(el, '[data-id] .label').map(box);
    for (let i = 1; i < labels.length; i++) expect(overlaps(labels[i]!, labels[i - 1]!)).to.equal(false);
  });

  it('mirrors its columns right to left, time still running down', async () => {
    const el = await timeline(360, html`<chronicle-timeline dir="rtl"></chronicle-timeline>`);
    await until(() => $$(el, '[data-id]').length > 0);
    const svg = box(el.shadowRoot!.querySelector('svg')!);
    const label = box(el.shadowRoot!.querySelector('[data-id] .label')!);
    const tick = box(el.shadowRoot!.querySelector('[part="tick-label"]')!);
    expect(tick.left, 'ticks on the right').to.be.greaterThan(svg.left + svg.width / 2);
    expect(label.right, 'labels end on the left of the marks').to.be.lessThan(svg.right - 100);
  });

  it('is accessible', async () => {
    const el = await timeline(360);
    await until(() => $$(el, '[data-id]').length > 0);
    await expect(el).to.be.accessible();
  });
});
