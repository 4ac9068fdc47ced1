// Ten explorers on one page, resized and re-configured fast: no errors, and none hears another.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/explorer/define.js';
import type { ChronicleExplorer } from '../../src/components/explorer/explorer.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { companyHistory } from '../fixtures/company.js';
import { syria } from '../../src/data/syria.js';
import { until } from './helpers.js';

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const timelineOf = (e: ChronicleExplorer) => e.timeline as ChronicleTimeline;
const cardTitle = (e: ChronicleExplorer) =>
  e.shadowRoot!.querySelector('chronicle-card')!.shadowRoot!.querySelector('h2')?.textContent ?? '';

describe('ten explorers on one page', () => {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('keep apart: a selection, filter or zoom in one changes no other, through rapid resizes and changes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const explorers = Array.from({ length: 10 }, (_, i) => {
      const wrap = document.createElement('div');
      wrap.style.width = '900px';
      const e = document.createElement('chronicle-explorer');
      e.id = `x${i}`;
      e.syncUrl = true;
      wrap.append(e);
      box.append(wrap);
      return e;
    });
    await until(() => explorers.every((e) => !!timelineOf(e)?.shadowRoot?.querySelector('[data-id]')), 10000);
    const heard = explorers.map(() => [] as string[]);
    explorers.forEach((e, i) => {
      for (const type of ['chronicle-select', 'chronicle-filter-change', 'chronicle-range-change', 'chronicle-error'])
        e.addEventListener(type, () => heard[i]!.push(type));
    });

    // Each of the first three does one thing.
    timelineOf(explorers[0]!).select('russia-enters-war-2015');
    timelineOf(explorers[1]!).applyFilter({ categories: ['diplomacy'] });
    timelineOf(explorers[2]!).zoomTo(Date.UTC(2024, 10, 25), Date.UTC(2024, 11, 3));
    await until(() => cardTitle(explorers[0]!) === 'Russia enters the war');

    // Rapid resizes, across the phone layout and back, a frame apart and within one frame.
    const wraps = explorers.map((e) => e.parentElement!);
    for (let step = 0; step < 12; step++) {
      wraps.forEach((w, i) => (w.style.width = `${[900, 360, 640, 1280][(step + i) % 4]}px`));
      if (step % 3 === 0) await frame();
    }
    // Rapid property changes on the last seven: data, language, orientation and strictness, to and fro.
    for (let step = 0; step < 6; step++) {
      explorers.slice(3).forEach((e, i) => {
        e.events = step % 2 ? undefined : companyHistory;
        e.lang = step % 3 === 0 ? 'ar' : 'en';
        e.orientation = (['auto', 'vertical', 'horizontal'] as const)[(step + i) % 3]!;
        e.strict = step % 2 === 0;
      });
      await frame();
    }
    explorers.slice(3).forEach((e) => {
      e.events = undefined;
      e.lang = '';
      e.orientation = 'auto';
    });
    wraps.forEach((w) => (w.style.width = '900px'));
    await until(() => explorers.every((e) => timelineOf(e).items.length === syria.events.length), 10000);
    await until(() => explorers.every((e) => !!timelineOf(e).shadowRoot?.querySelector('[data-id]')), 10000);
    await new Promise((r) => setTimeout(r, 400));

    expect(errors, 'errors on the page').to.deep.equal([]);
    // The three kept what was done to each, and only that.
    expect(timelineOf(explorers[0]!).selected).to.equal('russia-enters-war-2015');
    expect(timelineOf(explorers[1]!).filter).to.deep.equal({ categories: ['diplomacy'] });
    const [from, to] = timelineOf(explorers[2]!).visibleRange;
    expect([from, to]).to.deep.equal([Date.UTC(2024, 10, 25), Date.UTC(2024, 11, 3)]);
    for (const [i, e] of explorers.entries()) {
      if (i !== 0) expect(timelineOf(e).selected, `x${i} selection`).to.equal('');
      if (i !== 1) expect(timelineOf(e).filter, `x${i} filter`).to.deep.equal({});
    }
    expect(heard[0]).to.include('chronicle-select');
    expect(heard[1]).to.include('chronicle-filter-change');
    for (const [i, h] of heard.entries()) {
      if (i !== 0) expect(h, `x${i} heard`).not.to.include('chronicle-select');
      if (i !== 1) expect(h, `x${i} heard`).not.to.include('chronicle-filter-change');
      expect(h, `x${i} heard`).not.to.include('chronicle-error');
    }
    // Each one's state is in the address under its own id.
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(hash.get('x0-selected')).to.equal('russia-enters-war-2015');
    expect(hash.get('x1-categories')).to.equal('diplomacy');
    expect(
      [...hash.keys()].filter((k) => !/^x[012]-/.test(k)),
      'no key of the others',
    ).to.deep.equal([]);
  });
});
