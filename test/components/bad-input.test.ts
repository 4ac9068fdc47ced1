// Hostile and broken input, element by element: each bad input gives the message shown in the
// element and the chronicle-error event's detail, exactly; some data with problems shows the rest.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import '../../src/components/explorer/define.js';
import '../../src/components/list/define.js';
import '../../src/components/card/define.js';
import '../../src/components/legend/define.js';
import '../../src/components/overview/define.js';
import type { ChronicleErrorDetail } from '../../src/events/data.js';
import { formatDatasetError } from '../../src/data/errors.js';
import { SOURCE_LIMITS } from '../../src/controllers/data-source.js';
import { companyHistory } from '../fixtures/company.js';
import { syria } from '../../src/data/syria.js';
import { $$, text, timeline, until } from './helpers.js';

const FIXTURES = new URL('../fixtures/sources/', import.meta.url).pathname;
const good = companyHistory[0]!;
/** A message part's headline and each problem listed, one after another. */
const shown = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part="${part}"] :is(p, li)`)].map(text).join(' ');
const problems = (d: ChronicleErrorDetail) => d.errors.map(formatDatasetError);

/** A timeline reading `src`: the message its first chronicle-error gives, and the one it shows. */
async function withSource(src: string) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement('chronicle-timeline');
  el.src = src;
  const heard = oneEvent(el, 'chronicle-error');
  box.append(el);
  const { message } = (await heard).detail;
  await el.updateComplete;
  return { message, shown: shown(el, 'error') };
}

/** `tag` given `events` (before it is in the page), with the first chronicle-error it fires. */
async function given(tag: string, events: unknown, attrs: Record<string, string> = {}) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement(tag) as HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.events = events;
  const heard = oneEvent(el, 'chronicle-error');
  box.append(el);
  const { detail } = await heard;
  await el.updateComplete;
  return { el, detail: detail as ChronicleErrorDetail };
}

/** Each bad `events` value: the problems, as the element lists them and the event gives them. */
const BAD_EVENTS: readonly [name: string, events: unknown, problems: string[]][] = [
  ['not a list', 42, ['events: expected a list of events, found 42']],
  ['a list of text', 'events', ['events: expected a list of events, found "events"']],
  ['an item that is not an object', [null], ['events[0]: expected an event (an object), found null']],
  [
    'an impossible date',
    [{ ...good, when: { type: 'date', date: '2024-02-30' } }],
    ['events[0].when.date: "2024-02-30" is not a calendar date: that month has no day 30'],
  ],
  [
    'a date in another format',
    [{ ...good, when: { type: 'date', date: '14/03/2019' } }],
    ['events[0].when.date: "14/03/2019" is not a calendar date (write YYYY, YYYY-MM or YYYY-MM-DD)'],
  ],
  [
    'an end before its start',
    [{ ...good, when: { type: 'period', start: '2020', end: '2010' } }],
    ['events[0].when.end: "2010" is before start "2020": it ends before it starts'],
  ],
  ['a missing field', [{ ...good, title: undefined }], ['events[0].title: is required']],
  [
    'a field of the wrong type',
    [{ ...good, actors: 'everyone' }],
    ['events[0].actors: expected a list, found "everyone"'],
  ],
  [
    'an unsupported value',
    [{ ...good, category: 'sport' }],
    [
      'events[0].category: "sport" is not one of armed-conflict, foreign-forces, diplomacy, statement, humanitarian, political, regional',
    ],
  ],
  [
    'an unknown kind of time',
    [{ ...good, when: { type: 'someday' } }],
    ['events[0].when.type: "someday" is not one of date, period, window, undated'],
  ],
  [
    'a relation to an unknown event',
    [{ ...good, relations: [{ type: 'disputes', target: 'nothing' }] }],
    ['events[0].relations[0].target: "nothing" is not the id of an event'],
  ],
];

const TAGS = [
  'chronicle-timeline',
  'chronicle-explorer',
  'chronicle-list',
  'chronicle-card',
  'chronicle-legend',
  'chronicle-overview',
];

describe('bad input, element by element', () => {
  for (const tag of ['chronicle-timeline', 'chronicle-explorer', 'chronicle-list']) {
    for (const [name, events, expected] of BAD_EVENTS) {
      it(`<${tag}> refuses events with ${name}: the message shown, and chronicle-error`, async () => {
        const { el, detail } = await given(tag, events);
        const n = expected.length;
        const message = `The events given cannot be shown: ${n} problem${n === 1 ? '' : 's'}.`;
        expect(detail.message).to.equal(message);
        expect(problems(detail)).to.deep.equal(expected);
        expect(detail.source).to.equal('events');
        expect(detail.partial).to.equal(false);
        expect(shown(el, 'error')).to.equal(`${message} ${expected.join(' ')}`);
        expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      });
    }
  }

  for (const tag of ['chronicle-card', 'chronicle-legend', 'chronicle-overview']) {
    it(`<${tag}> shows the error for events it cannot use, and fires chronicle-error`, async () => {
      const { el, detail } = await given(tag, [null]);
      expect(detail.errors.map(formatDatasetError)).to.deep.equal([
        'events[0]: expected an event (an object), found null',
      ]);
      expect(shown(el, 'error')).to.equal(
        'The events given cannot be shown: 1 problem. events[0]: expected an event (an object), found null',
      );
    });
  }

  it('shows the sound events under a warning that lists the ones left out (partial), unless strict', async () => {
    const events = [...companyHistory, { ...good, id: 'late', when: { type: 'date', date: '2024-02-30' } }, good];
    const n = companyHistory.length;
    const expected = [
      `events[${n}].when.date: "2024-02-30" is not a calendar date: that month has no day 30`,
      `events[${n + 1}].id: "founding" is already the id of events[0]`,
    ];
    const { el, detail } = await given('chronicle-timeline', events);
    expect(detail).to.deep.include({
      message: `Not shown: 2 of ${events.length} events, because of these problems:`,
      source: 'events',
      partial: true,
    });
    expect(problems(detail)).to.deep.equal(expected);
    expect(shown(el, 'warning')).to.equal(
      `Not shown: 2 of ${events.length} events, because of these problems: ${expected.join(' ')}`,
    );
    await until(() => $$(el, '[data-id]').length > 0);
    expect($$(el, '[data-id]').map((g) => (g as SVGGElement).dataset.id)).to.have.members(
      companyHistory.filter((e) => e.when.type !== 'undated').map((e) => e.id),
    );
    // Strict: the same events are refused whole.
    const strict = await given('chronicle-timeline', events, { strict: '' });
    expect(strict.detail.partial).to.equal(false);
    expect(strict.detail.message).to.equal('The events given cannot be shown: 2 problems.');
    expect(strict.el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('the explorer shows the warning once, and gives its parts only the sound events', async () => {
    const events = [...companyHistory, { ...good, id: 'bad', when: { type: 'nope' } }];
    const { el, detail } = await given('chronicle-explorer', events);
    expect(detail.partial).to.equal(true);
    const timeline = el.shadowRoot!.querySelector('chronicle-timeline')!;
    await timeline.updateComplete;
    expect(timeline.items.map((e) => e.id)).to.deep.equal(companyHistory.map((e) => e.id));
    expect(timeline.shadowRoot!.querySelector('[part="warning"]'), 'not again in the timeline').to.equal(null);
    expect(shown(el, 'warning')).to.equal(
      `Not shown: 1 of ${events.length} events, because of these problems: events[${events.length - 1}].when.type: "nope" is not one of date, period, window, undated`,
    );
  });

  it('reads a dataset from src in part: the warning, chronicle-data-load and a partial chronicle-error', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('chronicle-timeline');
    el.src = `${FIXTURES}partly-bad.json`;
    const loaded = oneEvent(el, 'chronicle-data-load');
    const heard = oneEvent(el, 'chronicle-error');
    box.append(el);
    expect((await loaded).detail.dataset.events.map((e: { id: string }) => e.id)).to.deep.equal([
      'good-1',
      'good-2',
      'good-3',
    ]);
    const { detail } = await heard;
    expect(detail).to.deep.include({
      message: 'Not shown: 1 of 4 events, because of these problems:',
      source: `${FIXTURES}partly-bad.json`,
      partial: true,
    });
    await el.updateComplete;
    expect(shown(el, 'warning')).to.equal(
      'Not shown: 1 of 4 events, because of these problems: events[1].when.date: "2024-02-30" is not a calendar date: that month has no day 30',
    );
    // Strict refuses the same file.
    const strict = document.createElement('chronicle-timeline');
    strict.strict = true;
    strict.src = `${FIXTURES}partly-bad.json`;
    const refused = oneEvent(strict, 'chronicle-error');
    box.append(strict);
    expect((await refused).detail.message).to.equal(
      `${FIXTURES}partly-bad.json is not a chronicle dataset: 1 problem.`,
    );
  });

  it('refuses a body larger than a dataset may be', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('chronicle-timeline');
    el.src = '/test-fixtures/huge.json';
    const heard = oneEvent(el, 'chronicle-error');
    box.append(el);
    const message = '/test-fixtures/huge.json is too large: a dataset may be up to 20 MB.';
    expect((await heard).detail.message).to.equal(message);
    await el.updateComplete;
    expect(shown(el, 'error')).to.equal(message);
  });

  it('reports events that throw when they are read (a hostile Proxy), instead of throwing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const hostile = new Proxy([], {
      get() {
        throw new Error('no reading me');
      },
    });
    try {
      for (const tag of ['chronicle-explorer', 'chronicle-timeline', 'chronicle-list']) {
        const { el, detail } = await given(tag, hostile);
        expect(problems(detail)).to.deep.equal(['events: cannot be read: no reading me']);
        expect(shown(el, 'error')).to.equal(
          'The events given cannot be shown: 1 problem. events: cannot be read: no reading me',
        );
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  for (const tag of ['chronicle-card', 'chronicle-legend', 'chronicle-overview']) {
    it(`<${tag}> alone shows the warning about events left out of its own events`, async () => {
      const events = [...companyHistory, { ...good, id: 'bad', when: { type: 'nope' } }];
      const { el, detail } = await given(tag, events);
      expect(detail.partial).to.equal(true);
      expect(shown(el, 'warning')).to.match(new RegExp(`^Not shown: 1 of ${events.length} events`));
    });
  }

  /** What reached the page uncaught while `body` ran: errors and rejected promises. */
  async function uncaught(body: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    const onError = (e: ErrorEvent) => seen.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => {
      seen.push(String(e.reason));
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await body();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    return seen;
  }

  const CHANGES: readonly [string, (list: unknown[]) => void][] = [
    ['changed in place', (list) => (list[1] = null)],
    ['added to', (list) => list.push(null)],
  ];
  for (const [how, change] of CHANGES) {
    for (const tag of TAGS) {
      it(`<${tag}> shows a list ${how} after another element found it sound as a fresh check finds it`, async () => {
        const list: unknown[] = companyHistory.map((e) => ({ ...e }));
        const at = how === 'added to' ? list.length : 1;
        const seen = await uncaught(async () => {
          const first = await fixture<HTMLElement & { events: unknown }>(
            html`<chronicle-list .events=${list}></chronicle-list>`,
          );
          expect($$(first, 'li').length).to.equal(list.length);
          change(list);
          const { el, detail } = await given(tag, list);
          expect(detail.partial).to.equal(true);
          expect(problems(detail)).to.deep.equal([`events[${at}]: expected an event (an object), found null`]);
          expect(shown(el, 'warning')).to.equal(
            `Not shown: 1 of ${list.length} events, because of these problems: events[${at}]: expected an event (an object), found null`,
          );
        });
        expect(seen).to.deep.equal([]);
      });
    }
  }

  it('shows an event that answers differently the next time it is read as a fresh check finds it', async () => {
    let reads = 0;
    const shifty = { ...good, id: 'shifty' };
    Object.defineProperty(shifty, 'when', { enumerable: true, get: () => (reads++ === 0 ? good.when : null) });
    const list = [...companyHistory, shifty];
    const seen = await uncaught(async () => {
      const { el, detail } = await given('chronicle-timeline', list);
      expect(detail.partial).to.equal(true);
      expect(problems(detail)).to.deep.equal(['events[3].when: expected when (an object with a type), found null']);
      expect(shown(el, 'warning')).to.match(/^Not shown: 1 of 4 events/);
      await until(() => $$(el, '[data-id]').length === 3);
    });
    expect(seen).to.deep.equal([]);
  });

  it('shows a list changed in place while it is shown, when it is drawn again, as a fresh check finds it', async () => {
    const list: unknown[] = companyHistory.map((e) => ({ ...e }));
    const seen = await uncaught(async () => {
      const el = await timeline(900, html`<chronicle-timeline .events=${list}></chronicle-timeline>`);
      expect($$(el, '[data-id]').length).to.equal(list.length);
      const heard = oneEvent(el, 'chronicle-error');
      list[1] = null;
      el.filter = { categories: ['political', 'diplomacy', 'humanitarian', 'regional', 'statement'] };
      const { detail } = await heard;
      await el.updateComplete;
      expect(detail.partial).to.equal(true);
      expect(problems(detail)).to.deep.equal(['events[1]: expected an event (an object), found null']);
      expect(shown(el, 'warning')).to.match(/^Not shown: 1 of 3 events/);
      expect($$(el, '[data-id]').length).to.be.greaterThan(0);
    });
    expect(seen).to.deep.equal([]);
  });

  for (const tag of ['chronicle-list', 'chronicle-card']) {
    it(`<${tag}> shows an event changed in place while it is shown, when it is drawn again, as a fresh check finds it`, async () => {
      const list = companyHistory.map((e) => ({ ...e })) as Record<string, unknown>[];
      const seen = await uncaught(async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
        const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        Object.assign(el, { events: list, selected: list[1]!.id });
        box.append(el);
        await (el.updateComplete as Promise<boolean>);
        const heard = oneEvent(el, 'chronicle-error');
        delete list[1]!.when;
        (el.requestUpdate as () => void)();
        const { detail } = await heard;
        await (el.updateComplete as Promise<boolean>);
        expect(detail.partial).to.equal(true);
        expect(problems(detail)).to.deep.equal(['events[1].when: is required']);
        expect(shown(el, 'warning')).to.match(/^Not shown: 1 of 3 events/);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      });
      expect(seen).to.deep.equal([]);
    });
  }

  it("keeps an explorer's view when it draws again with the same actors given", async () => {
    const el = await fixture<HTMLElement & Record<string, unknown>>(
      html`<div style="width:1200px"><chronicle-explorer .actors=${syria.actors}></chronicle-explorer></div>`,
    ).then((d) => d.firstElementChild as HTMLElement & Record<string, unknown>);
    await (el.updateComplete as Promise<boolean>);
    const timeline = el.shadowRoot!.querySelector('chronicle-timeline')!;
    await until(() => $$(timeline, '[data-id]').length > 0);
    timeline.zoomTo(Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1));
    await timeline.updateComplete;
    const range = timeline.visibleRange.join();
    el.listOpen = true;
    await (el.updateComplete as Promise<boolean>);
    await timeline.updateComplete;
    expect(timeline.visibleRange.join()).to.equal(range);
  });

  it('shows an error when drawing fails for another reason, fires it once, and draws again once the cause is gone', async () => {
    const seen = await uncaught(async () => {
      for (const tag of ['chronicle-timeline', 'chronicle-card', 'chronicle-legend', 'chronicle-list']) {
        const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
        const el = document.createElement(tag) as HTMLElement & {
          events: unknown;
          filter: unknown;
          selected: string;
          updateComplete: Promise<boolean>;
        };
        const heard: ChronicleErrorDetail[] = [];
        el.addEventListener('chronicle-error', (e) => heard.push((e as CustomEvent<ChronicleErrorDetail>).detail));
        // Sound events: the failure is not theirs, and is not said to be.
        el.events = companyHistory;
        el.selected = companyHistory[1]!.id;
        el.filter = {
          get categories() {
            throw new Error('no reading me');
          },
        };
        box.append(el);
        await until(() => heard.length > 0);
        await el.updateComplete;
        expect(shown(el, 'error'), tag).to.equal('The data could not be drawn. no reading me');
        expect(heard, tag).to.deep.equal([
          {
            message: 'The data could not be drawn.',
            errors: [{ path: '', message: 'no reading me' }],
            source: 'draw',
            partial: false,
          },
        ]);
        // Drawn again for another reason (a resize, say), it fails the same way: said once.
        box.style.width = '800px';
        el.selected = companyHistory[2]!.id;
        await new Promise((r) => setTimeout(r, 100));
        expect(heard.length, tag).to.equal(1);
        expect(shown(el, 'error'), tag).to.equal('The data could not be drawn. no reading me');
        el.filter = {};
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]'), tag).to.equal(null);
        expect(el.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(0);
      }
    });
    expect(seen).to.deep.equal([]);
  });

  it('takes actors that throw when read, or claim billions of entries, as a problem of the actors', async () => {
    const seen = await uncaught(async () => {
      const sparse: unknown[] = [{ id: 'a', name: 'A' }];
      sparse.length = 2 ** 32 - 1;
      const hostile = new Proxy([], {
        get() {
          throw new Error('no reading me');
        },
      });
      for (const [actors, problem] of [
        [hostile, 'actors: cannot be read: no reading me'],
        [sparse, 'actors: has more than 1000000 entries: none was read'],
      ] as const) {
        const el = await timeline(900);
        const heard = oneEvent(el, 'chronicle-error');
        el.actors = actors as never;
        const { detail } = await heard;
        await el.updateComplete;
        expect(problems(detail)).to.deep.equal([problem]);
        expect(detail.source).to.equal('actors');
        expect(shown(el, 'warning')).to.equal(`Actors given that cannot be used: ${problem}`);
        expect($$(el, '[data-id]').length).to.be.greaterThan(20);
      }
    });
    expect(seen).to.deep.equal([]);
  });

  it('goes back to its own data when src or label is removed, and events given stop a src loading', async () => {
    const signals: AbortSignal[] = [];
    const fetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    try {
      const seen = await uncaught(async () => {
        for (const tag of ['chronicle-timeline', 'chronicle-explorer']) {
          const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
          const el = document.createElement(tag) as HTMLElement & { events: unknown; updateComplete: Promise<boolean> };
          const heard: string[] = [];
          for (const type of ['chronicle-error', 'chronicle-data-load'])
            el.addEventListener(type, (e) =>
              heard.push(`${type} ${(e as CustomEvent<{ source: string }>).detail.source}`),
            );
          el.setAttribute('label', 'Mine');
          el.setAttribute('src', '/test-fixtures/silent.json');
          box.append(el);
          await new Promise((r) => setTimeout(r, 50));
          el.removeAttribute('src');
          el.removeAttribute('label');
          const chart = () => (tag === 'chronicle-timeline' ? el : el.shadowRoot!.querySelector('chronicle-timeline'));
          await until(() => !!chart()?.shadowRoot?.querySelector('[data-id="iraqi-militias-cross-into-syria"]'));
          expect(el.shadowRoot!.querySelector('[part="error"]'), tag).to.equal(null);
          // Events given while a src loads: the request stops, and only the events are shown.
          el.setAttribute('src', '/test-fixtures/silent.json');
          await until(() => !!el.shadowRoot!.querySelector('[part="status"]'));
          el.events = companyHistory;
          await el.updateComplete;
          expect(signals.length, tag).to.be.greaterThan(0);
          expect(signals.at(-1)!.aborted, `${tag}: the request is stopped`).to.equal(true);
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 300));
          expect(heard, tag).to.deep.equal([]);
          await until(() => !!chart()?.shadowRoot?.querySelector(`[data-id="${companyHistory[0]!.id}"]`));
        }
      });
      expect(seen).to.deep.equal([]);
    } finally {
      window.fetch = fetch;
    }
  });

  it('never links an address that reads as https once and javascript: later', async () => {
    let reads = 0;
    const event = {
      ...good,
      get source() {
        reads++;
        return { paragraphs: [1], attribution: 'a', url: reads === 1 ? 'https://ok.example/' : 'javascript:alert(1)' };
      },
    };
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const card = document.createElement('chronicle-card');
    card.events = [event as typeof good];
    card.selected = good.id;
    box.append(card);
    await card.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(reads, 'the address was read again after the check').to.be.greaterThan(1);
    expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('labels a title of 200,000 characters with no spaces, cut to fit, without hanging', async () => {
    const title = '漢'.repeat(200_000);
    const { el } = await given('chronicle-timeline', [{ ...good, title }, null]);
    await until(() => $$(el, '[data-id] .label').length === 1);
    const label = $$(el, '[data-id] .label')[0]!.textContent!;
    expect(label.endsWith('…')).to.equal(true);
    expect(label.length).to.be.lessThan(400);
  });

  it('refuses a list too long to show, and one that is mostly problems, quickly and with a reason', async () => {
    const holes = [good];
    holes.length = 2_000_000;
    const long = await given('chronicle-timeline', holes);
    expect(problems(long.detail)).to.deep.equal(['events: is 2000000 events long; at most 1000000 can be shown']);
    const nulls = await given(
      'chronicle-timeline',
      Array.from({ length: 20_000 }, () => null),
    );
    expect(problems(nulls.detail).at(-1)).to.equal('events: has more than 10000 problems; no more were looked for');
    expect(nulls.detail.partial).to.equal(false);
  });

  it('gives up on a src that never stops sending, at the size limit, and one that never answers', async () => {
    const endless = await withSource('/test-fixtures/endless.json');
    expect(endless.message).to.equal('/test-fixtures/endless.json is too large: a dataset may be up to 20 MB.');
    const was = SOURCE_LIMITS.timeoutMs;
    SOURCE_LIMITS.timeoutMs = 800;
    try {
      const silent = await withSource('/test-fixtures/silent.json');
      expect(silent.message).to.equal(
        'Could not load /test-fixtures/silent.json: no complete answer within 1 seconds.',
      );
      expect(silent.shown).to.equal(silent.message);
    } finally {
      SOURCE_LIMITS.timeoutMs = was;
    }
  });

  it('takes actors, places and filters that are not what they should be without breaking', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      for (const tag of ['chronicle-timeline', 'chronicle-card', 'chronicle-legend', 'chronicle-list']) {
        for (const [actors, places, filter] of [
          [5, [null], null],
          ['str', 5, { actors: 5 }],
          [[null, { id: 'a1', name: Symbol('x') }], {}, { categories: 'armed-conflict', actors: [null] }],
        ] as unknown[][]) {
          const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
          Object.assign(el, { actors, places, filter, groupBy: 'actor', selected: 'iraqi-militias-cross-into-syria' });
          box.append(el);
          await (el.updateComplete as Promise<boolean>);
          await new Promise((r) => requestAnimationFrame(r));
          expect(el.shadowRoot!.textContent!.trim().length, `${tag} shows something`).to.be.greaterThan(0);
          el.remove();
        }
      }
      const timeline = document.createElement('chronicle-timeline');
      box.append(timeline);
      await until(() => $$(timeline, '[data-id]').length > 0);
      timeline.applyFilter(undefined as never);
      await timeline.updateComplete;
      expect($$(timeline, '[data-id]').length).to.be.greaterThan(0);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  for (const [tag, takesPlaces] of [
    ['chronicle-timeline', false],
    ['chronicle-legend', false],
    ['chronicle-card', true],
    ['chronicle-explorer', true],
  ] as const) {
    it(`<${tag}> says which actors${takesPlaces ? ' and places' : ''} given cannot be used, and fires chronicle-error`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
      const heard: ChronicleErrorDetail[] = [];
      el.addEventListener('chronicle-error', (e) => heard.push((e as CustomEvent<ChronicleErrorDetail>).detail));
      el.actors = [null, { id: 'assad', name: 5 }, { id: 'russia', name: 'Russia' }];
      if (takesPlaces) el.places = 'Aleppo';
      box.append(el);
      await until(() => heard.length > 0);
      await (el.updateComplete as Promise<boolean>);
      const entry = 'expected { id, name }, both text';
      const actors = {
        message: 'Actors given that cannot be used:',
        errors: [
          { path: 'actors[0]', message: entry },
          { path: 'actors[1]', message: entry },
        ],
        source: 'actors',
        partial: true,
      };
      const places = {
        message: 'Places given that cannot be used:',
        errors: [{ path: 'places', message: 'expected a list of { id, name }' }],
        source: 'places',
        partial: true,
      };
      expect(heard).to.deep.equal(takesPlaces ? [actors, places] : [actors]);
      // The explorer's parts say it, once each: the timeline of its actors, the card of its places.
      const parts =
        tag === 'chronicle-explorer'
          ? [...el.shadowRoot!.querySelectorAll('chronicle-timeline, chronicle-card')]
          : [el];
      const warnings = () =>
        parts
          .map((p) => shown(p, 'warning'))
          .filter(Boolean)
          .join(' ');
      expect(warnings()).to.equal(
        `Actors given that cannot be used: actors[0]: ${entry} actors[1]: ${entry}` +
          (takesPlaces ? ' Places given that cannot be used: places: expected a list of { id, name }' : ''),
      );
      if (tag === 'chronicle-explorer') expect(el.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
      el.actors = [{ id: 'russia', name: 'Russia' }];
      el.places = undefined;
      await (el.updateComplete as Promise<boolean>);
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings()).to.equal('');
      expect(heard.length).to.equal(takesPlaces ? 2 : 1);
    });
  }

  it('renders text from data as text: markup in a title runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const title = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const events = [{ ...good, title, summary: title }];
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const explorer = document.createElement('chronicle-explorer');
    explorer.events = events as typeof companyHistory;
    box.append(explorer);
    await explorer.updateComplete;
    explorer.shadowRoot!.querySelector<HTMLElement>('[part="list-toggle"] summary')!.click();
    const timeline = explorer.shadowRoot!.querySelector('chronicle-timeline')!;
    await until(() => $$(timeline, '[data-id]').length === 1);
    timeline.select(good.id);
    await new Promise((r) => setTimeout(r, 200));
    const parts = ['chronicle-timeline', 'chronicle-card', 'chronicle-list'].map(
      (t) => explorer.shadowRoot!.querySelector(t)!.shadowRoot!,
    );
    for (const root of parts) expect(root.querySelector('img, script'), root.host.localName).to.equal(null);
    expect(parts.some((root) => root.textContent!.includes('<img src=x'))).to.equal(true);
    expect((window as unknown as { pwned: boolean }).pwned).to.equal(false);
  });
});
