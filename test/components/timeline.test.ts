import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { syria } from '../../src/data/syria.js';
import type { ChronicleEvent } from '../../src/data/types.js';

async function timeline(width: number, template = html`<chronicle-timeline></chronicle-timeline>`) {
  const el = await fixture<ChronicleTimeline>(html`<div style="width:${width}px">${template}</div>`).then(
    (div) => div.firstElementChild as ChronicleTimeline,
  );
  await until(() => !!el.shadowRoot!.querySelector('svg'));
  await el.updateComplete;
  return el;
}

async function until(check: () => boolean, ms = 3000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 16));
  }
}

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const box = (e: Element) => e.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function itemsShown(el: ChronicleTimeline) {
  const drawn = $$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id!);
  const counted = $$(el, '[data-badge]').flatMap((g) => (g as SVGGElement).dataset.badge!.split(' '));
  const undated = $$(el, '.undated button').map((b) => b.textContent!.trim());
  return { drawn, counted, undated };
}

describe('<chronicle-timeline>', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  it('shows the shipped Syria dataset with no attributes: every item drawn, counted or listed', async () => {
    const el = await timeline(1280);
    const { drawn, counted, undated } = itemsShown(el);
    const dated = syria.events.filter((e) => e.when.type !== 'undated');
    expect([...drawn, ...counted].sort()).to.deep.equal(dated.map((e) => e.id).sort());
    expect(undated).to.deep.equal(syria.events.filter((e) => e.when.type === 'undated').map((e) => e.title));
    expect(drawn.length).to.be.greaterThan(10);
  });

  it('draws a UTC axis from 2011 to the end of 2024', async () => {
    const el = await timeline(1280);
    const labels = $$(el, '[part="tick-label"]').map((t) => t.textContent);
    expect(labels[0]).to.equal('2011');
    expect(labels.at(-1)).to.equal('2024');
    expect(el.visibleRange).to.deep.equal([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('gives lanes by category, named', async () => {
    const el = await timeline(1280);
    const lanes = $$(el, '[part="lane-label"]').map((t) => t.textContent);
    expect(lanes).to.include.members(['Armed conflict', 'Foreign forces', 'Statements', 'Regional wars']);
  });

  it('draws a year-precision item across its whole year, not on 1 January', async () => {
    const el = await timeline(1280);
    const uprising = syria.events.find((e) => e.when.type === 'date' && e.when.date === '2011')!;
    const mark = el.shadowRoot!.querySelector(`[data-id="${uprising.id}"] .mark`)!;
    const yearWidth = 1280 / 14;
    expect(mark.classList.contains('date-span')).to.equal(true);
    expect(Number(mark.getAttribute('x'))).to.be.closeTo(0, 0.01);
    expect(Number(mark.getAttribute('width'))).to.be.closeTo(yearWidth, 0.2);
  });

  it('draws a period as a bar from its start year to the end of its end year', async () => {
    const el = await timeline(1280);
    const aleppo = syria.events.find(
      (e) => e.when.type === 'period' && e.when.start === '2012' && e.when.end === '2016',
    )!;
    const mark = el.shadowRoot!.querySelector(`[data-id="${aleppo.id}"] .mark`)!;
    expect(mark.classList.contains('period')).to.equal(true);
    expect(Number(mark.getAttribute('x'))).to.be.closeTo(1280 / 14, 0.2);
    expect(Number(mark.getAttribute('width'))).to.be.closeTo((5 * 1280) / 14, 0.5);
  });

  it('marks ongoing periods and hatches windows', async () => {
    const el = await timeline(1280);
    expect($$(el, '.ongoing').length).to.be.greaterThan(0);
    const ongoingLabels = $$(el, '[data-id] .label').filter((t) => t.textContent!.endsWith('(ongoing)'));
    expect(ongoingLabels.length).to.equal($$(el, '.ongoing').length);
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

  it('zooms in on wheel and pans on drag, firing chronicle-range-change', async () => {
    const el = await timeline(1280);
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

  it('zooms to the items in a badge when it is activated', async () => {
    const el = await timeline(320);
    const badge = el.shadowRoot!.querySelector<SVGGElement>('[data-badge]');
    expect(badge, 'the crowded week needs a badge at 320 px').to.exist;
    const ids = badge!.dataset.badge!.split(' ');
    const before = el.visibleRange;
    badge!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => el.visibleRange[1] - el.visibleRange[0] < (before[1] - before[0]) / 10);
    await el.updateComplete;
    const drawn = $$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id);
    expect(drawn).to.include(ids[0]);
  });

  it('draws any dataset given by the events property', async () => {
    const events: ChronicleEvent[] = [
      {
        id: 'one',
        title: 'First thing',
        summary: 'A thing.',
        category: 'political',
        when: { type: 'date', date: '2020-05-04' },
        dateBasis: { method: 'explicit', note: 'Given.' },
        actors: [],
        places: [],
        source: { paragraphs: [1], attribution: 'us' },
      },
      {
        id: 'two',
        title: 'Second thing',
        summary: 'Another.',
        category: 'diplomacy',
        when: { type: 'period', start: '2020-06', end: '2020-09' },
        dateBasis: { method: 'explicit', note: 'Given.' },
        actors: [],
        places: [],
        source: { paragraphs: [1], attribution: 'us' },
      },
    ];
    const el = await timeline(800, html`<chronicle-timeline .events=${events}></chronicle-timeline>`);
    expect($$(el, '[data-id] .label').map((t) => t.textContent)).to.deep.equal(['First thing', 'Second thing']);
    expect($$(el, '[part="lane-label"]').map((t) => t.textContent)).to.deep.equal(['Diplomacy', 'Political']);
    expect(el.visibleRange).to.deep.equal([Date.UTC(2020, 0, 1), Date.UTC(2020, 9, 1)]);
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
