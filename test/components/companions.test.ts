import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/card/define.js';
import '../../src/components/legend/define.js';
import '../../src/components/list/define.js';
import '../../src/components/overview/define.js';
import type { ChronicleCard } from '../../src/components/card/card.js';
import type { ChronicleLegend } from '../../src/components/legend/legend.js';
import type { ChronicleList } from '../../src/components/list/list.js';
import type { ChronicleOverview } from '../../src/components/overview/overview.js';
import { syria } from '../../src/data/syria.js';
import { formatDatasetError } from '../../src/data/errors.js';
import type { Category } from '../../src/data/types.js';
import { CATEGORY_SHAPES, shapePath } from '../../src/core/shapes.js';

import { contrast, inner, innerAll, text, until } from './helpers.js';

describe('<chronicle-card> alone', () => {
  it('names places from its own table only: the shipped names never label custom items', async () => {
    // (Renamed, so their links to the shipped items go: those would point nowhere.)
    const custom = syria.events
      .filter((e) => e.places.length > 0)
      .map((e) => ({ ...e, id: `my-${e.id}`, relations: undefined }));
    const card = await fixture<ChronicleCard>(
      html`<chronicle-card .events=${custom} selected=${custom[0]!.id}></chronicle-card>`,
    );
    expect(text(inner(card, '[part="details"]'))).to.contain(`Places ${custom[0]!.places.join(', ')}`);
    card.places = syria.places;
    await card.updateComplete;
    const name = syria.places.find((p) => p.id === custom[0]!.places[0])!.name;
    expect(text(inner(card, '[part="details"]'))).to.contain(`Places ${name}`);
  });

  it('says when nothing is selected', async () => {
    const card = await fixture<ChronicleCard>(html`<chronicle-card></chronicle-card>`);
    expect(text(inner(card, '[part="empty"]'))).to.equal('Select an event to read about it.');
  });

  it('writes the date with its true precision, who says so, and where in the report', async () => {
    const card = (
      await fixture(
        html`<div lang="en-GB"><chronicle-card selected="iraqi-militias-cross-into-syria"></chronicle-card></div>`,
      )
    ).firstElementChild as ChronicleCard;
    await card.updateComplete;
    expect(text(inner(card, 'h2'))).to.equal('Iraqi militias cross into Syria');
    expect(text(inner(card, '[part="date"]'))).to.equal('Sunday, 1 December 2024 · Foreign forces');
    const details = text(inner(card, '[part="details"]'));
    expect(details).to.contain('According to two Iraqi security sources');
    expect(details).to.match(/Source The report, paragraphs? \d/);
    expect(details).to.contain('Disputed by PMF denies its groups entered Syria');
    expect(details).to.contain('Supported by Syrian source: fighters came as reinforcements');
    card.selected = 'pmf-denies-entering-syria';
    await card.updateComplete;
    expect(text(inner(card, '[part="date"]'))).to.match(/^between 1 December and 2 December 2024 · /);
    expect(text(inner(card, '[part="details"]'))).to.contain('Disputes Iraqi militias cross into Syria');
  });

  it('links the source only to an http(s) address it is given', async () => {
    const [first, second] = syria.events;
    const events = [
      { ...first!, source: { ...first!.source, url: 'https://example.org/report#p12' } },
      { ...second!, relations: undefined },
    ];
    const card = await fixture<ChronicleCard>(
      html`<chronicle-card .events=${events} selected=${first!.id}></chronicle-card>`,
    );
    const link = inner<HTMLAnchorElement>(card, 'a[part="source-link"]');
    expect(link.getAttribute('href')).to.equal('https://example.org/report#p12');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(link)).to.match(/^The report, paragraphs? \d/);
    card.selected = second!.id;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a'), 'no address, no link').to.equal(null);
    // A javascript: address is refused with the event, which is left out: no link is ever made of it.
    const hostile = [{ ...events[0]!, source: { ...first!.source, url: 'javascript:alert(1)' } }, events[1]!];
    const heard = oneEvent(card, 'chronicle-error');
    card.events = hostile;
    expect((await heard).detail.errors.map(formatDatasetError)).to.deep.equal([
      'events[0].source.url: "javascript:alert(1)" is not an http or https address',
    ]);
    card.selected = first!.id;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it("writes dates the way the page's language does", async () => {
    const dateIn = async (lang: string, id: string) => {
      const box = await fixture(html`<div lang=${lang}><chronicle-card selected=${id}></chronicle-card></div>`);
      const card = box.firstElementChild as ChronicleCard;
      await card.updateComplete;
      return text(inner(card, '[part="date"]')).split(' · ')[0];
    };
    expect(await dateIn('en-US', 'iraqi-militias-cross-into-syria')).to.equal('Sunday, December 1, 2024');
    expect(await dateIn('fr', 'iraqi-militias-cross-into-syria')).to.equal('dimanche 1 décembre 2024');
    expect(await dateIn('de', 'iraqi-militias-cross-into-syria')).to.equal('Sonntag, 1. Dezember 2024');
    expect(await dateIn('en-GB', 'pmf-denies-entering-syria')).to.equal('between 1 December and 2 December 2024');
    const year = syria.events.find((e) => e.when.type === 'date' && e.when.date.length === 4)!;
    expect(await dateIn('fr', year.id)).to.equal((year.when as { date: string }).date);
    const box = await fixture(html`<div lang="fr"><chronicle-card></chronicle-card></div>`);
    const card = box.firstElementChild as ChronicleCard;
    const month = {
      ...syria.events[0]!,
      id: 'month',
      when: { type: 'period' as const, start: '2016-03', end: '2016-12' },
    };
    card.events = [month];
    card.selected = 'month';
    await card.updateComplete;
    expect(text(inner(card, '[part="date"]')).split(' · ')[0]).to.equal('mars to décembre 2016');
  });

  it('moves to the previous and next items in time, saying so with chronicle-select', async () => {
    const card = await fixture<ChronicleCard>(
      html`<chronicle-card selected="iraqi-militias-cross-into-syria"></chronicle-card>`,
    );
    const next = inner<HTMLButtonElement>(card, 'nav .next');
    const heard = oneEvent(card, 'chronicle-select');
    next.click();
    const { detail } = await heard;
    expect(detail.item.id).to.equal(card.selected);
    expect(card.selected).not.to.equal('iraqi-militias-cross-into-syria');
    await card.updateComplete;
    inner<HTMLButtonElement>(card, 'nav .previous').click();
    await card.updateComplete;
    expect(card.selected).to.equal('iraqi-militias-cross-into-syria');
  });

  it('steps only through items its filter lets through, and does not link hidden ones', async () => {
    const card = await fixture<ChronicleCard>(
      html`<chronicle-card
        selected="iraqi-militias-cross-into-syria"
        .filter=${{ categories: ['foreign-forces'] }}
      ></chronicle-card>`,
    );
    const next = inner<HTMLButtonElement>(card, 'nav .next');
    next.click();
    await card.updateComplete;
    expect(syria.events.find((e) => e.id === card.selected)!.category).to.equal('foreign-forces');
    card.selected = 'iraqi-militias-cross-into-syria';
    await card.updateComplete;
    expect(inner(card, '[part="hidden-note"]'), 'a shown item gets no note').to.equal(null);
    card.selected = 'pmf-denies-entering-syria';
    await card.updateComplete;
    expect(text(inner(card, '[part="hidden-note"]'))).to.equal('The filter hides this item.');
    card.selected = 'iraqi-militias-cross-into-syria';
    await card.updateComplete;
    // The denial is a statement: filtered out, so named but not a link.
    expect(text(inner(card, '[part="details"]'))).to.contain(
      'PMF denies its groups entered Syria (hidden by the filter)',
    );
    expect(innerAll(card, '[part="link"]').some((b) => b.textContent!.includes('PMF'))).to.equal(false);
  });

  it('keeps focus in the card when the control used goes or is disabled', async () => {
    const card = await fixture<ChronicleCard>(
      html`<chronicle-card selected="iraqi-militias-cross-into-syria"></chronicle-card>`,
    );
    // A relation link: the new item has no such link, so focus goes to its title.
    const link = innerAll(card, '[part="link"]').find((b) => b.textContent!.includes('PMF'))!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => card.selected === 'pmf-denies-entering-syria');
    await card.updateComplete;
    expect(card.shadowRoot!.activeElement === inner(card, 'h2'), 'the new title has focus').to.equal(true);
    // Next onto the last item disables Next: focus goes to the title, not the page.
    const last = [...syria.events].filter((e) => e.when.type !== 'undated').at(-1)!;
    card.selected = last.id;
    await card.updateComplete;
    let next = inner<HTMLButtonElement>(card, 'nav .next');
    while (!next.disabled) {
      next.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      next = inner<HTMLButtonElement>(card, 'nav .next');
    }
    expect(card.shadowRoot!.activeElement === inner(card, 'h2'), 'focus stays in the card').to.equal(true);
  });

  it('is accessible, empty and filled', async () => {
    const card = await fixture<ChronicleCard>(html`<chronicle-card></chronicle-card>`);
    await expect(card).to.be.accessible();
    card.selected = 'iraqi-militias-cross-into-syria';
    await card.updateComplete;
    await expect(card).to.be.accessible();
  });
});

describe('<chronicle-legend> alone', () => {
  it('counts each category and actor, and filters with its toggles', async () => {
    const legend = await fixture<ChronicleLegend>(html`<chronicle-legend></chronicle-legend>`);
    const total = innerAll(legend, '[data-key="categories"] [part="count"]').reduce(
      (n, c) => n + Number(c.textContent),
      0,
    );
    expect(total).to.equal(syria.events.length);
    const diplomacy = inner<HTMLButtonElement>(legend, '[data-value="diplomacy"]');
    expect(diplomacy.getAttribute('aria-pressed')).to.equal('false');
    // Its name (its text, without what is hidden from screen readers): the count once, in words.
    const named = diplomacy.cloneNode(true) as HTMLElement;
    named.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    const count = syria.events.filter((e) => e.category === 'diplomacy').length;
    expect(named.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Diplomacy, ${count} items`);
    let heard = oneEvent(legend, 'chronicle-filter-change');
    diplomacy.click();
    expect((await heard).detail.filter).to.deep.equal({ categories: ['diplomacy'] });
    await legend.updateComplete;
    expect(diplomacy.getAttribute('aria-pressed')).to.equal('true');
    heard = oneEvent(legend, 'chronicle-filter-change');
    inner<HTMLButtonElement>(legend, '[part="reset"]').click();
    expect((await heard).detail.filter).to.deep.equal({});
    await legend.updateComplete;
    expect(inner(legend, '[part="reset"]')).to.equal(null);
  });

  it('keys each category by the shape its marks take, in its colour', async () => {
    const legend = await fixture<ChronicleLegend>(html`<chronicle-legend></chronicle-legend>`);
    const toggles = innerAll(legend, '[data-key="categories"]');
    expect(toggles.length).to.equal(new Set(syria.events.map((e) => e.category)).size);
    const fills = new Set<string>();
    for (const toggle of toggles) {
      const c = (toggle as HTMLElement).dataset.value as Category;
      const swatch = toggle.querySelector('svg.swatch')!;
      expect(swatch.getAttribute('aria-hidden')).to.equal('true');
      expect(swatch.querySelector('path')!.getAttribute('d'), c).to.equal(shapePath(CATEGORY_SHAPES[c], 0, 0, 4.5));
      fills.add(getComputedStyle(swatch).fill);
      // The marks' edge colour: at least 3:1 against the legend's background (WCAG 1.4.11).
      expect(contrast(getComputedStyle(swatch).fill, getComputedStyle(legend).backgroundColor), c).to.be.at.least(3);
    }
    expect(fills.size, 'a colour of its own for each category').to.equal(toggles.length);
  });

  it('is accessible', async () => {
    const legend = await fixture<ChronicleLegend>(
      html`<chronicle-legend .filter=${{ actors: ['iran'] }}></chronicle-legend>`,
    );
    await expect(legend).to.be.accessible();
  });
});

describe('<chronicle-legend> edge cases', () => {
  it('is one tab stop: arrow keys move between toggles, Show all hands focus back to the first', async () => {
    const legend = await fixture<ChronicleLegend>(html`<chronicle-legend></chronicle-legend>`);
    const stops = () => innerAll(legend, 'button[tabindex="0"]');
    expect(stops().length).to.equal(1);
    const toggles = innerAll(legend, 'button.toggle');
    toggles[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(legend.shadowRoot!.activeElement === toggles[2], 'third toggle focused').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await legend.updateComplete;
    expect(toggles[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(stops().length).to.equal(1);
    await sendKeys({ press: 'End' });
    await until(() => legend.shadowRoot!.activeElement?.classList.contains('reset') ?? false);
    await sendKeys({ press: 'Enter' });
    await until(() => legend.shadowRoot!.activeElement === innerAll(legend, 'button.toggle')[0]);
    expect(legend.filter).to.deep.equal({});
    expect(stops().length).to.equal(1);
  });

  it('moves between toggles the way they are laid out in a right-to-left context', async () => {
    const legend = await fixture<ChronicleLegend>(html`<chronicle-legend dir="rtl"></chronicle-legend>`);
    const toggles = innerAll(legend, 'button.toggle');
    // The second toggle is drawn to the left of the first, and the left arrow goes there.
    expect(toggles[1]!.getBoundingClientRect().left).to.be.lessThan(toggles[0]!.getBoundingClientRect().left);
    toggles[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(legend.shadowRoot!.activeElement === toggles[1], 'second toggle focused').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(legend.shadowRoot!.activeElement === toggles[0], 'first toggle focused').to.equal(true);
  });

  it('counts the actors min-count leaves out, and says when there is nothing to filter', async () => {
    const legend = await fixture<ChronicleLegend>(html`<chronicle-legend min-count="3"></chronicle-legend>`);
    const fewer = new Set(syria.events.flatMap((e) => e.actors));
    const shown = innerAll(legend, '[data-key="actors"]').length;
    expect(text(inner(legend, '[part="note"]'))).to.equal(`and ${fewer.size - shown} actors with fewer than 3 items`);
    legend.events = [];
    await legend.updateComplete;
    expect(text(inner(legend, '[part="empty"]'))).to.equal('No events to filter.');
  });
});

describe('<chronicle-list> alone', () => {
  beforeEach(() => resetMouse());

  it('lists every item by year in time order, through its filter', async () => {
    const list = await fixture<ChronicleList>(html`<chronicle-list></chronicle-list>`);
    const years = innerAll(list, '[part="year"]').map((h) => h.textContent);
    expect(years[0]).to.equal('2011');
    expect(years.at(-1)).to.equal('Undated');
    expect(innerAll(list, '[part~="item"]').length).to.equal(syria.events.length);
    list.filter = { categories: ['diplomacy'] };
    await list.updateComplete;
    expect(innerAll(list, '[part~="item"]').length).to.equal(
      syria.events.filter((e) => e.category === 'diplomacy').length,
    );
    list.filter = { categories: [] };
    await list.updateComplete;
    expect(text(inner(list, '[part="empty"]'))).to.equal('No events to list.');
  });

  it('is one tab stop: arrow keys move between items, Enter selects', async () => {
    const list = await fixture<ChronicleList>(html`<chronicle-list></chronicle-list>`);
    const stops = () => innerAll(list, 'button[tabindex="0"]');
    expect(stops().length).to.equal(1);
    stops()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => list.shadowRoot!.activeElement === innerAll(list, 'button')[2]);
    expect(stops().length).to.equal(1);
    const heard = oneEvent(list, 'chronicle-select');
    await sendKeys({ press: 'Enter' });
    const id = (await heard).detail.item.id;
    expect(id).to.equal(innerAll(list, 'button')[2]!.dataset.id);
    await list.updateComplete;
    expect(innerAll(list, 'button')[2]!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'End' });
    await until(() => list.shadowRoot!.activeElement === innerAll(list, 'button').at(-1));
  });

  it('is accessible', async () => {
    const list = await fixture<ChronicleList>(
      html`<chronicle-list selected="iraqi-militias-cross-into-syria"></chronicle-list>`,
    );
    await expect(list).to.be.accessible();
  });
});

describe('<chronicle-overview> alone', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  beforeEach(() => resetMouse());

  async function mount() {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1000px"><chronicle-overview></chronicle-overview></div>`,
    );
    const overview = box.firstElementChild as ChronicleOverview;
    await until(() => !!overview.shadowRoot!.querySelector('[role="slider"]'));
    return overview;
  }

  it('draws the whole range with year marks and a brush over all of it', async () => {
    const overview = await mount();
    const years = innerAll(overview, '[part="year-label"]').map((t) => t.textContent);
    expect(years[0]).to.equal('2011');
    expect(years.at(-1)).to.equal('2024');
    expect(inner(overview, '[role="slider"]').getAttribute('aria-valuetext')).to.equal('1 Jan 2011 to 31 Dec 2024');
  });

  it('moves and resizes the brush with the keyboard, saying so with chronicle-range-change', async () => {
    const overview = await mount();
    inner<SVGGElement>(overview, '[role="slider"]').focus();
    let heard = oneEvent(overview, 'chronicle-range-change');
    await sendKeys({ press: '+' });
    let { detail } = await heard;
    const whole = Date.UTC(2025, 0, 1) - Date.UTC(2011, 0, 1);
    expect(detail.end - detail.start).to.equal(whole / 2);
    heard = oneEvent(overview, 'chronicle-range-change');
    await sendKeys({ press: 'Home' });
    ({ detail } = await heard);
    expect(detail.start).to.equal(Date.UTC(2011, 0, 1));
    heard = oneEvent(overview, 'chronicle-range-change');
    await sendKeys({ press: 'ArrowRight' });
    ({ detail } = await heard);
    expect(detail.start).to.equal(Date.UTC(2011, 0, 1) + whole / 20);
  });

  it('centres the brush where the reader clicks outside it, and draws a new one where they drag', async () => {
    const overview = await mount();
    overview.range = [Date.UTC(2011, 0, 1), Date.UTC(2013, 0, 1)];
    await overview.updateComplete;
    const r = inner(overview, 'svg').getBoundingClientRect();
    const y = Math.round(r.top + 10);
    let heard = oneEvent(overview, 'chronicle-range-change');
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * 0.75), y] });
    let { detail } = await heard;
    expect(detail.end - detail.start).to.equal(Date.UTC(2013, 0, 1) - Date.UTC(2011, 0, 1));
    const middle = Date.UTC(2011, 0, 1) + 0.75 * (Date.UTC(2025, 0, 1) - Date.UTC(2011, 0, 1));
    expect((detail.start + detail.end) / 2).to.be.closeTo(middle, 20 * 86_400_000);
    heard = oneEvent(overview, 'chronicle-range-change');
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width * 0.1), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width * 0.2), y] });
    await sendMouse({ type: 'up' });
    ({ detail } = await heard);
    expect((detail.end - detail.start) / (Date.UTC(2025, 0, 1) - Date.UTC(2011, 0, 1))).to.be.closeTo(0.1, 0.01);
  });

  it('is accessible', async () => {
    await expect(await mount()).to.be.accessible();
  });

  it('runs right to left in a right-to-left context: the brush, its keys and its drags', async () => {
    const overview = await fixture<ChronicleOverview>(html`<chronicle-overview dir="rtl"></chronicle-overview>`);
    await until(() => !!inner(overview, '[role="slider"]'));
    const slider = inner<SVGGElement>(overview, '[role="slider"]');
    const year = (y: string) =>
      innerAll(overview, '.year')
        .find((g) => g.textContent === y)!
        .querySelector('line')!
        .getBoundingClientRect().left;
    expect(year('2012')).to.be.greaterThan(year('2020'));
    // Narrow the window, then the left arrow moves it later in time, and it is drawn further left.
    const windowBox = () => inner(overview, '.window').getBoundingClientRect();
    const value = () => Number(slider.getAttribute('aria-valuenow'));
    const full = windowBox().width;
    slider.focus();
    await sendKeys({ press: '+' });
    await until(() => windowBox().width < full * 0.75);
    const [before, left] = [value(), windowBox().left];
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => value() > before);
    expect(windowBox().left).to.be.lessThan(left);
    // A click to the right of the window centres it earlier in time.
    const strip = inner(overview, 'svg').getBoundingClientRect();
    const at = value();
    await sendMouse({ type: 'click', position: [Math.round(strip.right - 20), Math.round(strip.top + 10)] });
    await until(() => value() < at);
  });

  it('resizes the window from a handle, also when it covers everything', async () => {
    const overview = await mount();
    const whole: [number, number] = [Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)];
    const handles = innerAll(overview, '[part="handle"]').map((h) => h.getBoundingClientRect());
    const y = Math.round(handles[0]!.top + handles[0]!.height / 2);
    const track = inner(overview, '.window').getBoundingClientRect();
    const drag = async (from: number, to: number) => {
      const heard = oneEvent(overview, 'chronicle-range-change');
      await sendMouse({ type: 'move', position: [Math.round(from), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round((from + to) / 2), y] });
      await sendMouse({ type: 'move', position: [Math.round(to), y] });
      await sendMouse({ type: 'up' });
      return (await heard).detail as { start: number; end: number };
    };
    // The left handle pulled to the middle: the window keeps its end.
    let range = await drag(handles[0]!.left + 2, track.left + track.width / 2);
    expect(range.end).to.equal(whole[1]);
    expect((range.start - whole[0]) / (whole[1] - whole[0])).to.be.closeTo(0.5, 0.01);
    // Back to everything, then the right handle pulled to a quarter: the window keeps its start.
    overview.range = undefined;
    await overview.updateComplete;
    range = await drag(handles[1]!.left + 2, track.left + track.width / 4);
    expect(range.start).to.equal(whole[0]);
    expect((range.end - whole[0]) / (whole[1] - whole[0])).to.be.closeTo(0.25, 0.01);
  });

  it('says so when no item has a date, instead of drawing a range', async () => {
    const overview = await fixture<ChronicleOverview>(html`<chronicle-overview .events=${[]}></chronicle-overview>`);
    expect(text(inner(overview, '[part="empty"]'))).to.equal('No events to show.');
    expect(inner(overview, '[role="slider"]')).to.equal(null);
  });
});
