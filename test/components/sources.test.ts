import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import '../../src/components/explorer/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import type { ChronicleExplorer } from '../../src/components/explorer/explorer.js';
import { companyHistory } from '../fixtures/company.js';
import { wordsIn } from '../../src/i18n/words.js';
import { text, until } from './helpers.js';

const errorOf = (el: Element) => text(el.shadowRoot!.querySelector('[part="error"]'));
const FIXTURES = new URL('../fixtures/sources/', import.meta.url).pathname;
/** A timeline reading `src`, listened to for `event` before it is in the page. */
async function withSrc(src: string, event: 'chronicle-error' | 'chronicle-data-load') {
  const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement('chronicle-timeline');
  el.src = src;
  const heard = oneEvent(el, event);
  box.append(el);
  return { el, detail: (await heard).detail };
}

const dataset = {
  report: { title: 'T', date: '2020-01-01', dateNote: 'n' },
  actors: [],
  places: [],
  events: companyHistory,
};

describe('data from src and inline JSON', () => {
  it('loads a dataset from src, saying so while it loads', async () => {
    const el = await fixture<ChronicleTimeline>(html`<chronicle-timeline src="/data/syria.json"></chronicle-timeline>`);
    const loaded = oneEvent(el, 'chronicle-data-load');
    expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('Loading events from /data/syria.json…');
    const { detail } = await loaded;
    expect(detail.source).to.equal('/data/syria.json');
    expect(detail.dataset.events.length).to.be.greaterThan(30);
    await until(() => !!el.shadowRoot!.querySelector('[data-id="iraqi-militias-cross-into-syria"]'));
  });

  for (const [name, src, message] of [
    ['a 404', '/no/such/dataset.json', 'Could not load /no/such/dataset.json: the server answered 404 Not Found.'],
    [
      'a 404 at a relative address',
      '../no/such.json',
      'Could not load ../no/such.json: the server answered 404 Not Found.',
    ],
    ['a body that is not JSON', `${FIXTURES}truncated.json`, `${FIXTURES}truncated.json is not valid JSON:`],
    ['a wrong content type', `${FIXTURES}notes.txt`, `${FIXTURES}notes.txt is not JSON: the server sent text/plain.`],
    [
      'a scheme other than http(s)',
      'data:application/json,{}',
      'data:application/json,{} is not an http or https URL.',
    ],
    [
      'a network failure',
      'http://127.0.0.1:9/x.json',
      'Could not load http://127.0.0.1:9/x.json: the network request failed.',
    ],
  ] as const) {
    it(`reports ${name} in the element and by chronicle-error`, async () => {
      const { el, detail } = await withSrc(src, 'chronicle-error');
      expect(detail.message.startsWith(message), detail.message).to.equal(true);
      expect(detail.source).to.equal(src);
      await el.updateComplete;
      expect(errorOf(el).startsWith(message)).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.querySelector('svg'), 'no chart of the shipped data instead').to.equal(null);
    });
  }

  it('reports a dataset of the wrong shape with each problem and its path', async () => {
    const { el, detail } = await withSrc(`${FIXTURES}impossible-date.json`, 'chronicle-error');
    expect(detail.message).to.equal(`${FIXTURES}impossible-date.json is not a chronicle dataset: 1 problem.`);
    expect(detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['events[0].when.date']);
    await el.updateComplete;
    expect(errorOf(el)).to.contain('events[0].when.date:');
  });

  it('reads an inline <script type="application/json"> child, and follows changes to it', async () => {
    const el = await fixture<ChronicleTimeline>(
      html`<chronicle-timeline>
        <script type="application/json">
          ${JSON.stringify(dataset)}
        </script>
      </chronicle-timeline>`,
    );
    await until(() => !!el.shadowRoot!.querySelector(`[data-id="${companyHistory[0]!.id}"]`));
    expect(el.items.length).to.equal(companyHistory.length);
    const heard = oneEvent(el, 'chronicle-error');
    el.querySelector('script')!.textContent = '{"events": 3}';
    expect((await heard).detail.source).to.equal('inline');
    await el.updateComplete;
    expect(errorOf(el)).to.match(/^The inline JSON is not a chronicle dataset/);
  });

  it('says so in the element’s language: Arabic loading and error messages, English in the event', async () => {
    await new Promise<void>((resolve) => wordsIn('ar', resolve));
    const box = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="width:900px"></div>`);
    const el = document.createElement('chronicle-timeline');
    el.src = '/no/such/dataset.json';
    const heard = oneEvent(el, 'chronicle-error');
    box.append(el);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.equal(
      'جارٍ تحميل الأحداث من \u2068/no/such/dataset.json\u2069…',
    );
    const { detail } = await heard;
    expect(detail.message).to.equal('Could not load /no/such/dataset.json: the server answered 404 Not Found.');
    await until(
      () => errorOf(el) === 'تعذّر تحميل \u2068/no/such/dataset.json\u2069: ردّ الخادم بـ \u2068404 Not Found\u2069.',
    );
    // A dataset with problems: the headline in Arabic, each problem in English with its path.
    el.src = '';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      ...dataset,
      events: [{ ...companyHistory[0], when: { type: 'date', date: '2024-02-30' } }],
    });
    el.append(script);
    await until(() =>
      errorOf(el).startsWith('ليس \u2068نص JSON المضمَّن\u2069 مجموعة بيانات للخط الزمني: فيه مشكلة واحدة.'),
    );
    expect(errorOf(el)).to.contain('events[0].when.date:');
  });

  it('shows only the last of several quick src changes', async () => {
    const el = await fixture<ChronicleTimeline>(
      html`<chronicle-timeline src="/no/such/dataset.json"></chronicle-timeline>`,
    );
    el.src = `${FIXTURES}truncated.json`;
    el.src = '/data/syria.json';
    await oneEvent(el, 'chronicle-data-load');
    await until(() => !!el.shadowRoot!.querySelector('svg'));
    await new Promise((r) => setTimeout(r, 200));
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('works the same on the explorer: loading, then every part shows the loaded data', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1000px">
        <chronicle-explorer src=${`${FIXTURES}truncated.json`}></chronicle-explorer>
      </div>`,
    );
    const explorer = box.firstElementChild as ChronicleExplorer;
    await oneEvent(explorer, 'chronicle-error');
    await explorer.updateComplete;
    expect(errorOf(explorer)).to.contain('is not valid JSON');
    explorer.src = '/data/syria.json';
    await until(() => !!explorer.timeline?.shadowRoot?.querySelector('[data-id="iraqi-militias-cross-into-syria"]'));
  });
});
