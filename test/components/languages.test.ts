import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/explorer/define.js';
import '../../src/components/card/define.js';
import '../../src/components/list/define.js';
import type { ChronicleExplorer } from '../../src/components/explorer/explorer.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';
import { inner, innerAll, until } from './helpers.js';

const CROSSING = 'iraqi-militias-cross-into-syria';

describe('the shipped dataset in Arabic', () => {
  // First in this file: the Arabic files load for the first time here, after the range is applied.
  it('keeps the range it was asked for when the Arabic files arrive', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="ar" style="width:1280px">
        <chronicle-timeline start="2024-11-25" end="2024-12-02"></chronicle-timeline>
      </div>`,
    );
    const timeline = box.querySelector<ChronicleTimeline>('chronicle-timeline')!;
    await until(() => !!timeline.shadowRoot?.querySelector(`[data-id="${CROSSING}"]`));
    await until(() =>
      timeline.shadowRoot!.querySelector(`[data-id="${CROSSING}"]`)!.getAttribute('aria-label')!.startsWith('فصائل'),
    );
    await timeline.updateComplete;
    const [start, end] = timeline.visibleRange;
    expect(start).to.equal(Date.UTC(2024, 10, 25));
    expect(end).to.equal(Date.UTC(2024, 11, 3));
  });

  it('reads a lang it cannot use as English, and still draws', async () => {
    for (const lang of ['de_DE', 'x', 'ar-']) {
      const box = await fixture<HTMLDivElement>(
        html`<div lang=${lang} style="width:800px"><chronicle-timeline></chronicle-timeline></div>`,
      );
      const timeline = box.querySelector<ChronicleTimeline>('chronicle-timeline')!;
      await until(() => !!timeline.shadowRoot?.querySelector('[data-id]'));
      expect(timeline.shadowRoot!.querySelector('[part="zoom-button"]')!.getAttribute('aria-label'), lang).to.equal(
        'Zoom in',
      );
    }
  });

  it('shows a card in Arabic under lang="ar": title, summary, who says so, places and the date', async () => {
    const box = await fixture(html`<div lang="ar"><chronicle-card selected=${CROSSING}></chronicle-card></div>`);
    const card = box.querySelector('chronicle-card')!;
    await until(() => inner(card, 'h2')?.textContent === 'فصائل عراقية تعبر إلى سوريا');
    const details = inner(card, '[part="details"]').textContent!;
    expect(details).to.contain('مصدرين أمنيين عراقيين');
    expect(details).to.contain('الحدود السورية العراقية (طريق ترابي)');
    // How it was dated, in Arabic; the report's own words it quotes stay as the report wrote them.
    expect(details).to.contain('“late on Sunday”: الأحد السابق لتقرير مؤرخ');
    // Quoted English runs left to right, its quote marks the right way round, in a right-to-left line.
    expect(inner(card, '[part="details"] span[lang="en"]').getAttribute('dir')).to.equal('ltr');
    expect(inner(card, '[part="summary"]')?.textContent ?? card.shadowRoot!.textContent).to.contain(
      'منظمة بدر وحركة النجباء',
    );
    // The date as Arabic writes it (Intl, UTC): 1 December 2024.
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 11, 1));
    expect(card.shadowRoot!.textContent).to.contain(date);
  });

  it('reads every part of an explorer in Arabic, and English again under another language', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="ar-SY" style="width:1280px"><chronicle-explorer></chronicle-explorer></div>`,
    );
    const explorer = box.querySelector<ChronicleExplorer>('chronicle-explorer')!;
    const timeline = () => inner<ChronicleTimeline>(explorer, 'chronicle-timeline');
    await until(() => !!timeline()?.shadowRoot?.querySelector(`[data-id="${CROSSING}"]`));
    await until(() => timeline().items.find((e) => e.id === CROSSING)!.title === 'فصائل عراقية تعبر إلى سوريا');
    await until(() =>
      innerAll(timeline(), `[data-id="${CROSSING}"]`)[0]!.getAttribute('aria-label')!.startsWith('فصائل عراقية'),
    );
    const legend = inner(explorer, 'chronicle-legend');
    await until(() => !!inner(legend, '[data-value="iran"]')?.textContent!.includes('إيران'));

    // A page that switches language: every part follows, with nothing else asked of it.
    box.setAttribute('lang', 'fr');
    await until(() => inner(legend, '[data-value="iran"]')!.textContent!.includes('Iran'));
    await until(() => timeline().items.find((e) => e.id === CROSSING)!.title === 'Iraqi militias cross into Syria');
  });
});

describe('right to left', () => {
  it("keeps the list's text clear of its category stripe, on the right", async () => {
    const list = (
      await fixture(html`<div lang="ar" dir="rtl" style="width:600px"><chronicle-list></chronicle-list></div>`)
    ).firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await list.updateComplete;
    const li = list.shadowRoot!.querySelector('li')!;
    const style = getComputedStyle(li);
    expect(style.borderRightWidth, 'the stripe on the right').to.equal('3px');
    expect(style.paddingRight, 'a gap between stripe and text').to.equal('10px');
  });
});

describe("the elements' own words in Arabic", () => {
  it('names the controls, headings, counts and announcements in Arabic, with Arabic dates', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl" style="width:1280px"><chronicle-explorer></chronicle-explorer></div>`,
    );
    const explorer = box.querySelector<ChronicleExplorer>('chronicle-explorer')!;
    const timeline = () => inner<ChronicleTimeline>(explorer, 'chronicle-timeline');
    await until(() => !!timeline()?.shadowRoot?.querySelector('[part="zoom-button"]'));
    await until(() => inner(timeline(), '[part="zoom-button"]')!.getAttribute('aria-label') === 'تكبير');
    expect(inner(timeline(), 'svg[part="base"]').getAttribute('aria-roledescription')).to.equal('خط زمني');
    expect(inner(timeline(), '.undated h2').textContent).to.equal('غير مؤرخة');
    // Lane names, labels and ticks are isolated (U+2068 ... U+2069) so they read right to left in the chart.
    const lanes = innerAll(timeline(), '.lane-label').map((l) => l.textContent!);
    expect(lanes).to.include('\u2068نزاع مسلح\u2069');
    // An item is named in Arabic, its time in Arabic words and dates.
    const crossing = () => inner(timeline(), `[data-id="${CROSSING}"]`)!;
    await until(() => crossing().getAttribute('aria-label')!.startsWith('فصائل عراقية'));
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(2024, 11, 1));
    expect(crossing().getAttribute('aria-label')).to.equal(
      `فصائل عراقية تعبر إلى سوريا، ${date}، يعترض عليه: الحشد الشعبي ينفي دخول فصائله سوريا`,
    );
    // Badges are named with their count in Arabic's plural forms.
    const badges = innerAll(timeline(), '[data-badge]');
    expect(badges.length).to.be.greaterThan(0);
    // The name starts with the count the badge shows, in Arabic's plural forms.
    for (const badge of badges) {
      const n = Number(badge.textContent!.trim().slice(1));
      const name = badge.getAttribute('aria-label')!;
      if (n === 1) expect(name).to.match(/^1 عنصر آخر هنا/);
      else if (n === 2) expect(name).to.match(/^2 عنصران آخران هنا/);
      else expect(name).to.match(new RegExp(`^${n} (عناصر|عنصرًا|عنصر) (أخرى|آخر) هنا`));
    }
    // The legend and the card.
    const legend = inner(explorer, 'chronicle-legend');
    expect(innerAll(legend, 'legend').map((l) => l.textContent)).to.deep.equal(['الفئات', 'الأطراف']);
    expect(inner(legend, '[data-value="armed-conflict"]').textContent).to.contain('نزاع مسلح');
    timeline().select(CROSSING);
    const card = inner(explorer, 'chronicle-card');
    await until(() => inner(card, 'h2')?.textContent === 'فصائل عراقية تعبر إلى سوريا');
    const details = inner(card, '[part="details"]').textContent!;
    for (const words of [
      'المصدر',
      'بحسب مصدرين أمنيين عراقيين',
      'يعترض عليه',
      'التقرير، الفقرات 1 و2',
      'منظمة بدر، حركة النجباء',
    ])
      expect(details).to.contain(words);
    // Selecting is announced in Arabic.
    await until(() => inner(timeline(), '[role="status"]').textContent!.startsWith('المحدد: فصائل عراقية'));
  });
});
