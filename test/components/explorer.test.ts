import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import '../../src/components/explorer/define.js';
import type { ChronicleExplorer } from '../../src/components/explorer/explorer.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { contrast, inner, innerAll, until } from './helpers.js';

const CROSSING = 'iraqi-militias-cross-into-syria';
const DENIAL = 'pmf-denies-entering-syria';

/** Centre of an element in client pixels, as `sendMouse` wants it (scrolled into view first). */
function centre(el: Element): [number, number] {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The focused element, through open shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The id of the timeline item that has keyboard focus, if one does. */
const focusedItem = () => (deepActive()?.closest('[data-id]') as SVGGElement | null)?.dataset.id ?? '';

/** The parts of a linked set: the same whether inside an explorer or side by side on the page. */
interface Parts {
  timeline: ChronicleTimeline;
  overview: HTMLElement;
  card: HTMLElement;
  legend: HTMLElement;
  list: HTMLElement;
}

function partsOf(explorer: ChronicleExplorer): Parts {
  return {
    timeline: inner<ChronicleTimeline>(explorer, 'chronicle-timeline'),
    overview: inner(explorer, 'chronicle-overview'),
    card: inner(explorer, 'chronicle-card'),
    legend: inner(explorer, 'chronicle-legend'),
    list: inner(explorer, 'chronicle-list'),
  };
}

async function mountExplorer(attrs = html`<chronicle-explorer></chronicle-explorer>`) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:1280px">${attrs}</div>`);
  const explorer = box.firstElementChild as ChronicleExplorer;
  await until(() => !!explorer.timeline?.shadowRoot?.querySelector('svg'));
  // The list is made when its disclosure opens.
  expect(inner(explorer, 'chronicle-list'), 'no list until asked for').to.equal(null);
  await sendMouse({ type: 'click', position: centre(inner(explorer, 'summary')) });
  await until(() => !!inner(explorer, 'chronicle-list')?.shadowRoot?.querySelector('li'));
  return explorer;
}

/** Drags across the overview from one time to another with the mouse. */
async function brush(overview: HTMLElement, from: number, to: number) {
  inner(overview, 'svg').scrollIntoView({ block: 'center' });
  // The brush's window covers the whole range at first: its box is where time runs.
  const r = inner(overview, '.window').getBoundingClientRect();
  const brushEl = inner<SVGGElement>(overview, '[role="slider"]');
  const d0 = Number(brushEl.getAttribute('aria-valuemin'));
  const d1 = Number(brushEl.getAttribute('aria-valuemax'));
  const x = (t: number) => Math.round(r.left + ((t - d0) / (d1 - d0)) * r.width);
  const y = Math.round(r.top + 10);
  // The brush covers everything at first: a drag inside it draws a new window.
  await sendMouse({ type: 'move', position: [x(from), y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((x(from) + x(to)) / 2), y] });
  await sendMouse({ type: 'move', position: [x(to), y] });
  await sendMouse({ type: 'up' });
}

/** The reader's path through the report, on any linked set of parts. */
async function readersPath({ timeline, overview, card, legend, list }: Parts) {
  // Brush to the crowded week: the timeline follows.
  await brush(overview, Date.UTC(2024, 10, 20), Date.UTC(2024, 11, 31));
  await until(() => timeline.visibleRange[0] > Date.UTC(2024, 10, 1));
  const [start, end] = timeline.visibleRange;
  expect(end - start, 'the timeline shows about six weeks').to.be.below(60 * 86_400_000);
  await until(() => !!timeline.shadowRoot!.querySelector(`[data-id="${CROSSING}"]`));

  // Select the Iraqi militia crossing on the timeline: the card shows it and who reported it.
  const selects: string[] = [];
  const onSelect = (e: Event) => selects.push((e as CustomEvent).detail.item?.id);
  document.addEventListener('chronicle-select', onSelect);
  try {
    await sendMouse({ type: 'click', position: centre(inner(timeline, `[data-id="${CROSSING}"]`)) });
    await until(() => inner(card, 'h2')?.textContent === 'Iraqi militias cross into Syria');
    expect(inner(card, '[part="details"]').textContent).to.contain('According to two Iraqi security sources');
    expect(timeline.selected).to.equal(CROSSING);
    // The list marks it too.
    await until(() => inner(list, `[data-id="${CROSSING}"]`)?.getAttribute('aria-pressed') === 'true');

    // Jump to the denial from the card: everything follows, and one event says so.
    const denial = innerAll(card, '[part="link"]').find((b) => b.textContent!.includes('PMF denies'))!;
    expect(denial, 'the card links the denial').to.exist;
    expect(denial.parentElement!.textContent).to.contain("according to the head of Iraq's Popular Mobilization Forces");
    await sendMouse({ type: 'click', position: centre(denial) });
    await until(() => inner(card, 'h2')?.textContent === 'PMF denies its groups entered Syria');
    expect(timeline.selected).to.equal(DENIAL);
    await until(() => inner(list, `[data-id="${DENIAL}"]`)?.getAttribute('aria-pressed') === 'true');
    expect(selects).to.deep.equal([CROSSING, DENIAL]);
  } finally {
    document.removeEventListener('chronicle-select', onSelect);
  }

  // Filter to one actor: the timeline and the list show only that actor's items.
  const filters: unknown[] = [];
  const onFilter = (e: Event) => filters.push((e as CustomEvent).detail.filter);
  document.addEventListener('chronicle-filter-change', onFilter);
  try {
    const iran = inner(legend, '[data-key="actors"][data-value="iran"]');
    await sendMouse({ type: 'click', position: centre(iran) });
    await until(() => iran.getAttribute('aria-pressed') === 'true');
    expect(filters).to.deep.equal([{ actors: ['iran'] }]);
    await until(() => innerAll(list, '[part~="item"]').length === 4);
    expect(timeline.filter).to.deep.equal({ actors: ['iran'] });
    const shownIds = new Set(timeline.items.filter((e) => e.actors.includes('iran')).map((e) => e.id));
    await until(() => innerAll(timeline, '[data-id]').every((g) => shownIds.has(g.dataset.id!)));
  } finally {
    document.removeEventListener('chronicle-filter-change', onFilter);
  }
}

describe('<chronicle-explorer>', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  beforeEach(() => resetMouse());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the Syria dataset in every part with no attributes', async () => {
    const explorer = await mountExplorer();
    const { timeline, card, legend, list, overview } = partsOf(explorer);
    expect(timeline.items.length).to.be.greaterThan(30);
    expect(inner(card, '[part="empty"]').textContent).to.contain('Select an event');
    expect(innerAll(legend, '[data-key="categories"]').length).to.equal(7);
    expect(innerAll(list, '[part~="item"]').length).to.equal(timeline.items.length);
    expect(innerAll(list, '[part="year"]')[0]!.textContent).to.equal('2011');
    // The crowded week is the densest bar of the overview.
    expect(inner(overview, '[part="density"]').getAttribute('d')).to.match(/^M/);
  });

  it('lets a reader brush to the crowded week, select, read, jump to the denial and filter', async () => {
    await readersPath(partsOf(await mountExplorer()));
  });

  it('takes a keyboard-only reader through every item, the crowded week included, to the card and the denial', async () => {
    const explorer = await mountExplorer();
    const { timeline, card, list } = partsOf(explorer);
    // From the page, Tab alone reaches the timeline's items.
    (document.activeElement as HTMLElement | null)?.blur();
    const stops: string[] = [];
    const inTimeline = () => !!deepActive()?.closest('[data-id]') && timeline.shadowRoot!.contains(deepActive());
    for (let i = 0; i < 12 && !inTimeline(); i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(deepActive()?.getAttribute('part') ?? deepActive()?.tagName ?? '');
    }
    expect(inTimeline(), `Tab reaches a timeline item (stops: ${stops.join(', ')})`).to.equal(true);

    // Home, then the right arrow through every dated item in time order: the list's order.
    const dated = innerAll(list, 'button[data-id]')
      .map((b) => b.dataset.id!)
      .filter((id) => timeline.items.find((e) => e.id === id)!.when.type !== 'undated');
    await sendKeys({ press: 'Home' });
    await until(() => focusedItem() === dated[0]);
    const walked = [focusedItem()];
    for (let i = 1; i < dated.length; i++) {
      const before = focusedItem();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => focusedItem() !== before && !!focusedItem());
      walked.push(focusedItem());
      // Each item is announced by name and date as focus reaches it.
      const title = timeline.items.find((e) => e.id === focusedItem())!.title;
      expect(deepActive()!.getAttribute('aria-label')).to.match(
        new RegExp(`^${title.replace(/[()]/g, '.')}, .*\\d{4}`),
      );
    }
    expect(walked).to.deep.equal(dated);

    // Back to the militia crossing in the crowded week, and Enter: the card reads it.
    while (focusedItem() !== CROSSING) {
      const before = focusedItem();
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => focusedItem() !== before);
    }
    await sendKeys({ press: 'Enter' });
    await until(() => inner(card, 'h2')?.textContent === 'Iraqi militias cross into Syria');
    expect(inner(card, '[part="details"]').textContent).to.contain('According to two Iraqi security sources');

    // Tab on into the card, to its link to the denial, and Enter follows it.
    for (let i = 0; i < 12 && !deepActive()?.textContent?.includes('PMF denies'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.contain('PMF denies');
    await sendKeys({ press: 'Enter' });
    await until(() => inner(card, 'h2')?.textContent === 'PMF denies its groups entered Syria');
    expect(timeline.selected).to.equal(DENIAL);
  });

  it('on a phone stacks its parts and runs time down the timeline, which the keyboard walks to the card', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:360px"><chronicle-explorer></chronicle-explorer></div>`,
    );
    const explorer = box.firstElementChild as ChronicleExplorer;
    const { timeline, card, legend } = partsOf(explorer);
    await until(() => !!timeline.shadowRoot?.querySelector('.chart.column [data-id]'));
    expect(explorer.getAttribute('orientation')).to.equal('auto');
    expect(card.getBoundingClientRect().bottom, 'the legend under the card').to.be.at.most(
      legend.getBoundingClientRect().top,
    );
    // Down through time from the first item, and Enter: the card reads the one reached.
    inner<SVGGElement>(timeline, '[data-id][tabindex="0"]').focus();
    await sendKeys({ press: 'Home' });
    await until(() => focusedItem() === 'uprising-against-assad-2011');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => !!focusedItem() && focusedItem() !== 'uprising-against-assad-2011');
    const second = focusedItem();
    await sendKeys({ press: 'Enter' });
    const title = timeline.items.find((e) => e.id === second)!.title;
    await until(() => inner(card, 'h2')?.textContent === title);
  });

  it('fixes its timeline’s layout with orientation, at any width', async () => {
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width:1280px"><chronicle-explorer orientation="vertical"></chronicle-explorer></div>`,
    );
    const vertical = partsOf(wide.firstElementChild as ChronicleExplorer).timeline;
    await until(() => !!vertical.shadowRoot?.querySelector('.chart.column [data-id]'));
    expect(vertical.orientation).to.equal('vertical');
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="width:360px"><chronicle-explorer orientation="horizontal"></chronicle-explorer></div>`,
    );
    const explorer = narrow.firstElementChild as ChronicleExplorer;
    const horizontal = partsOf(explorer).timeline;
    await until(() => !!horizontal.shadowRoot?.querySelector('svg [data-id]'));
    expect(horizontal.shadowRoot!.querySelector('.chart.column')).to.equal(null);
    explorer.orientation = 'auto';
    await until(() => !!horizontal.shadowRoot?.querySelector('.chart.column [data-id]'));
  });

  it('keeps the view in the URL with sync-url: a link reopens it, back and forward step through it', async () => {
    const explorer = await mountExplorer(html`<chronicle-explorer sync-url></chronicle-explorer>`);
    const parts = partsOf(explorer);
    await readersPath(parts);
    await until(() => location.hash.includes('chronicle-from'));
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('chronicle-selected')).to.equal(DENIAL);
    expect(hash.get('chronicle-actors')).to.equal('iran');
    const range = parts.timeline.visibleRange;

    // The link opens the same view in a fresh explorer.
    explorer.parentElement!.remove();
    const again = partsOf(await mountExplorer(html`<chronicle-explorer sync-url></chronicle-explorer>`));
    await until(() => again.timeline.selected === DENIAL);
    expect(again.timeline.filter).to.deep.equal({ actors: ['iran'] });
    await until(() => Math.abs(again.timeline.visibleRange[0] - range[0]) < 60_000);
    expect(again.timeline.visibleRange[1]).to.be.closeTo(range[1], 60_000);
    await until(() => inner(again.card, 'h2')?.textContent === 'PMF denies its groups entered Syria');

    // Back undoes the filter, then the jump to the denial; forward redoes it.
    history.back();
    await until(() => again.timeline.filter.actors === undefined);
    expect(again.timeline.selected).to.equal(DENIAL);
    history.back();
    await until(() => again.timeline.selected === CROSSING);
    history.forward();
    await until(() => again.timeline.selected === DENIAL);
  });

  it('leaves a plain fragment (a skip link) alone: it is not a state to follow', async () => {
    const explorer = await mountExplorer(html`<chronicle-explorer sync-url></chronicle-explorer>`);
    explorer.timeline!.select(CROSSING);
    await until(() => location.hash.includes(`chronicle-selected=${CROSSING}`));
    location.hash = '#notes';
    await new Promise((r) => setTimeout(r, 100));
    expect(explorer.timeline!.selected, 'the selection stays').to.equal(CROSSING);
    expect(location.hash).to.equal('#notes');
  });

  it('keeps following the URL after it is moved in the page', async () => {
    const explorer = await mountExplorer(html`<chronicle-explorer sync-url></chronicle-explorer>`);
    const box = explorer.parentElement!;
    const other = document.createElement('div');
    box.after(other);
    other.append(explorer);
    await explorer.updateComplete;
    explorer.timeline!.select(CROSSING);
    await until(() => location.hash.includes(`chronicle-selected=${CROSSING}`));
    other.remove();
  });

  it('opens its list to be printed', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:900px"><chronicle-explorer></chronicle-explorer></div>`,
    );
    const explorer = box.firstElementChild as ChronicleExplorer;
    await until(() => !!explorer.timeline?.shadowRoot?.querySelector('svg'));
    expect(inner(explorer, 'chronicle-list')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => !!inner(explorer, 'chronicle-list')?.shadowRoot?.querySelector('li'));
    expect(inner<HTMLDetailsElement>(explorer, 'details').open).to.equal(true);
  });

  it('forces dark or light colours on every part with theme, whatever the system prefers', async () => {
    const bg = (el: Element) => getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    try {
      const explorer = await mountExplorer(html`<chronicle-explorer theme="dark"></chronicle-explorer>`);
      const parts = partsOf(explorer);
      for (const part of [explorer, ...Object.values(parts)])
        expect(bg(part), part.localName).to.equal('rgb(21, 23, 26)');
      await emulateMedia({ colorScheme: 'dark' });
      explorer.theme = 'light';
      await explorer.updateComplete;
      for (const part of [explorer, ...Object.values(parts)])
        expect(bg(part), part.localName).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps every mark, shape and control visible in forced colours, and is accessible there', async () => {
    await executeServerCommand('forced-colors', { value: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
      const explorer = await mountExplorer();
      const { timeline, legend } = partsOf(explorer);
      const lane = getComputedStyle(inner(timeline, '.lane-bg')).fill;
      const marks = innerAll(timeline, '[data-id] .mark');
      expect(marks.length).to.be.greaterThan(10);
      // The reader's own colours: marks in their text colour, as a probe resolves CanvasText.
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      probe.remove();
      for (const mark of marks) {
        expect(getComputedStyle(mark).stroke).to.equal(text);
        expect(contrast(getComputedStyle(mark).stroke, lane)).to.be.at.least(3);
      }
      // A label inside a bar (which is CanvasText at half strength) keeps a halo of the background.
      const inside = innerAll(timeline, '[data-id] .label.inside');
      expect(inside.length).to.be.greaterThan(2);
      for (const label of inside) expect(contrast(getComputedStyle(label).stroke, text)).to.be.at.least(4.5);
      // The tooltip of the focused item in the reader's own colours.
      timeline.shadowRoot!.querySelector<SVGGElement>('[data-id][tabindex="0"]')!.focus();
      await until(() => !!timeline.shadowRoot!.querySelector('[part="tooltip"]'));
      const tip = getComputedStyle(inner(timeline, '[part="tooltip"]'));
      expect(tip.color).to.equal(text);
      expect(contrast(tip.color, tip.backgroundColor)).to.be.at.least(4.5);
      // A bar's glyph stands off its bar (outlined in the background colour), and the legend keys shapes.
      const glyph = getComputedStyle(inner(timeline, '[data-id] .glyph'));
      expect(contrast(glyph.fill, glyph.stroke)).to.be.at.least(3);
      const legendBg = getComputedStyle(legend).backgroundColor;
      for (const swatch of innerAll(legend, 'svg.swatch')) {
        expect(getComputedStyle(swatch).fill).to.equal(text);
        expect(contrast(getComputedStyle(swatch).fill, legendBg)).to.be.at.least(3);
      }
      await expect(explorer).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', { value: 'none' });
    }
  });

  for (const [lang, date] of [
    ['en', 'Sunday, 1 December 2024'],
    ['en-US', 'Sunday, December 1, 2024'],
  ] as const) {
    it(`writes an item's date the same way in every part, lang="${lang}"`, async () => {
      const explorer = await mountExplorer(html`<chronicle-explorer></chronicle-explorer>`);
      const { timeline, card, list } = partsOf(explorer);
      explorer.parentElement!.setAttribute('lang', lang);
      await until(() => inner(timeline, `[data-id="${CROSSING}"]`).getAttribute('aria-label')!.includes(date));
      timeline.select(CROSSING);
      await until(() => !!inner(card, '[part="date"]'));
      await until(() => inner(card, '[part="date"]').textContent!.includes(date));
      expect(inner(timeline, `[data-id="${CROSSING}"]`).getAttribute('aria-label')).to.contain(date);
      expect(inner(timeline, '[role="status"]').textContent).to.contain(date);
      const row = innerAll(list, 'li').find((li) => li.textContent!.includes('Iraqi militias cross into Syria'))!;
      expect(row.querySelector('.date')!.textContent).to.equal(date);
    });
  }

  it('keeps two explorers on one page apart', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1280px">
        <chronicle-explorer id="a"></chronicle-explorer><chronicle-explorer id="b"></chronicle-explorer>
      </div>`,
    );
    const [ea, eb] = [...box.children] as ChronicleExplorer[];
    await until(
      () => !!ea!.timeline?.shadowRoot?.querySelector('svg') && !!eb!.timeline?.shadowRoot?.querySelector('svg'),
    );
    const [a, b] = [ea!, eb!].map(partsOf);
    a!.timeline.select(CROSSING);
    await until(() => inner(a!.card, 'h2')?.textContent === 'Iraqi militias cross into Syria');
    await sendMouse({ type: 'click', position: centre(inner(b!.legend, '[data-key="actors"][data-value="iran"]')) });
    await until(() => b!.timeline.filter.actors?.[0] === 'iran');
    expect(b!.timeline.selected, 'b keeps its own selection').to.equal('');
    expect(inner(b!.card, '[part="empty"]'), 'b shows no card').to.exist;
    expect(a!.timeline.filter, 'a keeps its own filter').to.deep.equal({});
  });

  it('is accessible', async () => {
    const explorer = await mountExplorer();
    explorer.timeline!.select(CROSSING);
    await until(() => !!inner(partsOf(explorer).card, 'h2'));
    await expect(explorer).to.be.accessible();
  });
});

describe('parts linked by for="timeline-id"', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  beforeEach(() => resetMouse());

  async function mountParts(): Promise<Parts> {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1280px">
        <chronicle-overview for="tl"></chronicle-overview>
        <chronicle-timeline id="tl"></chronicle-timeline>
        <chronicle-card for="tl"></chronicle-card>
        <chronicle-legend for="tl"></chronicle-legend>
        <chronicle-list for="tl"></chronicle-list>
      </div>`,
    );
    const q = <T extends HTMLElement>(sel: string) => box.querySelector<T>(sel)!;
    const parts = {
      timeline: q<ChronicleTimeline>('chronicle-timeline'),
      overview: q('chronicle-overview'),
      card: q('chronicle-card'),
      legend: q('chronicle-legend'),
      list: q('chronicle-list'),
    };
    await until(() => !!parts.timeline.shadowRoot?.querySelector('svg'));
    return parts;
  }

  it('take the same reader path as the explorer', async () => {
    await readersPath(await mountParts());
  });

  it('move the timeline from the overview with the keyboard, and the overview follows the timeline', async () => {
    const { timeline, overview } = await mountParts();
    const slider = inner<SVGGElement>(overview, '[role="slider"]');
    slider.focus();
    const whole = timeline.visibleRange;
    await sendKeys({ press: '+' });
    await until(() => timeline.visibleRange[1] - timeline.visibleRange[0] < (whole[1] - whole[0]) * 0.6);
    await sendKeys({ press: 'End' });
    await until(() => timeline.visibleRange[1] >= whole[1] - 1);
    expect(slider.getAttribute('aria-valuetext')).to.match(/ to 31 Dec 2024$/);
    // Zooming the timeline moves the brush.
    timeline.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));
    await until(() => slider.getAttribute('aria-valuetext') === '1 Jan 2016 to 31 Dec 2016');
  });

  it('bind to a timeline that appears after them', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:900px">
        <chronicle-card for="later"></chronicle-card>
      </div>`,
    );
    const card = box.querySelector('chronicle-card')!;
    const timeline = document.createElement('chronicle-timeline');
    timeline.id = 'later';
    box.append(timeline);
    await until(() => !!timeline.shadowRoot?.querySelector('svg'));
    timeline.select(CROSSING);
    await until(() => inner(card, 'h2')?.textContent === 'Iraqi militias cross into Syria');
  });
});
