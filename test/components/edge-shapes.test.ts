// Edge shapes of data a timeline must take: each is drawn (every item shown or counted), with no
// errors, in both layouts, and the explorer around it works.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/explorer/define.js';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import type { ChronicleEvent } from '../../src/data/types.js';
import { $$, until } from './helpers.js';

const item = (i: number, date: string, extra: Partial<ChronicleEvent> = {}): ChronicleEvent => ({
  id: `e${i}`,
  title: `Item ${i}`,
  summary: 'An item.',
  category: 'political',
  when: { type: 'date', date },
  dateBasis: { method: 'explicit', note: 'Made up.' },
  actors: [],
  places: [],
  source: { paragraphs: [1], attribution: 'a test' },
  ...extra,
});

const SHAPES: readonly [name: string, events: ChronicleEvent[]][] = [
  ['zero items', []],
  ['one item', [item(0, '2020-05-04')]],
  ['forty items on one day', Array.from({ length: 40 }, (_, i) => item(i, '2024-11-30'))],
  [
    'forty items at one instant, periods and points',
    Array.from({ length: 40 }, (_, i) =>
      i % 2 ? item(i, '2024') : item(i, '2024', { when: { type: 'period', start: '2024', end: '2024' } }),
    ),
  ],
  ['items at the limits of the years it can show', [item(0, '1000-01-01'), item(1, '2999-12-31'), item(2, '2000')]],
  [
    'very long titles',
    [item(0, '2020', { title: 'A very long title '.repeat(30) }), item(1, '2020-06', { title: 'W'.repeat(400) })],
  ],
  [
    'thousands of actors',
    Array.from({ length: 300 }, (_, i) =>
      item(i, `20${10 + (i % 15)}`, { actors: Array.from({ length: 10 }, (_, a) => `actor-${i * 10 + a}`) }),
    ),
  ],
];

/** Ids drawn as items, and ids counted in badges (a badge of very many lists none, only its count). */
const shownIds = (el: ChronicleTimeline) => [
  ...$$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id!),
  ...$$(el, '[data-badge]').flatMap((b) => {
    const ids = (b as SVGGElement).dataset.ids;
    return ids
      ? ids.split(' ')
      : Array.from({ length: Number(b.getAttribute('aria-label')!.split(' ')[0]) }, () => '?');
  }),
];

describe('edge shapes of data', () => {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  for (const [name, events] of SHAPES) {
    for (const width of [1280, 360]) {
      it(`draws ${name} at ${width} px: every item shown or counted, nothing thrown`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el = document.createElement('chronicle-timeline');
        el.events = events;
        for (const groupBy of ['category', 'actor'] as const) {
          el.groupBy = groupBy;
          if (!el.isConnected) box.append(el);
          await el.updateComplete;
          if (events.length === 0) {
            expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No events to show.');
            continue;
          }
          await until(() => shownIds(el).length > 0);
          const shown = shownIds(el);
          expect(shown.length, `${groupBy}: shown or counted`).to.equal(events.length);
          const ids = new Set(events.map((e) => e.id));
          const named = shown.filter((id) => id !== '?');
          expect(new Set(named).size, `${groupBy}: each once`).to.equal(named.length);
          expect(
            named.every((id) => ids.has(id)),
            `${groupBy}: only these items`,
          ).to.equal(true);
          // The keyboard reaches the first item, and Enter selects it.
          el.select(events[0]!.id);
          await el.updateComplete;
          expect(el.selected).to.equal(events[0]!.id);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  }

  it('an explorer shows each of them, with no errors', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1000px"><chronicle-explorer></chronicle-explorer></div>`,
    );
    const explorer = box.firstElementChild as HTMLElement & {
      events?: ChronicleEvent[];
      updateComplete: Promise<boolean>;
    };
    for (const [, events] of SHAPES) {
      explorer.events = events;
      await explorer.updateComplete;
      const timeline = explorer.shadowRoot!.querySelector('chronicle-timeline')!;
      await timeline.updateComplete;
      if (events.length) await until(() => shownIds(timeline).length > 0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(errors).to.deep.equal([]);
  });
});
