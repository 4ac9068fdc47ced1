import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { ChronicleEvent } from '../src/data/types.js';
import '../src/components/timeline/define.js';
import { companyHistory } from '../test/fixtures/company.js';
import { holdFetch } from './support.js';

interface Args {
  groupBy: 'category' | 'actor' | 'none';
  start: string;
  end: string;
  timeScale: 'compressed' | 'linear';
  selected: string;
  label: string;
  width: string;
  events?: readonly ChronicleEvent[];
  marks: 'auto' | 'svg' | 'canvas';
  orientation: 'auto' | 'horizontal' | 'vertical';
  strict: boolean;
}

const render = (args: Args) =>
  html`<div style="max-width:${args.width}">
    <chronicle-timeline
      group-by=${args.groupBy}
      time-scale=${args.timeScale}
      start=${args.start}
      end=${args.end}
      selected=${args.selected}
      label=${args.label}
      marks=${args.marks}
      orientation=${args.orientation}
      ?strict=${args.strict}
      .events=${args.events}
    ></chronicle-timeline>
  </div>`;

const timelineIn = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('chronicle-timeline') as ChronicleTimeline;

/** Waits until the timeline has measured itself and drawn its chart. */
async function drawn(canvasElement: HTMLElement) {
  const el = timelineIn(canvasElement);
  await waitFor(() => expect(el.shadowRoot?.querySelector('svg [data-id]')).toBeTruthy());
  return el;
}

const meta: Meta<Args> = {
  title: 'Components/Timeline',
  component: 'chronicle-timeline',
  render,
  args: {
    groupBy: 'category',
    timeScale: 'compressed',
    start: '',
    end: '',
    selected: '',
    label: 'The Syrian conflict, 2011 to December 2024',
    width: '1280px',
    marks: 'auto',
    orientation: 'auto',
    strict: false,
  },
  argTypes: {
    marks: { control: 'inline-radio', options: ['auto', 'svg', 'canvas'] },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    groupBy: { control: 'inline-radio', options: ['category', 'actor', 'none'] },
    timeScale: { control: 'inline-radio', options: ['compressed', 'linear'] },
    width: { control: 'text', description: 'Width of the box around the timeline (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A zoomable timeline on a UTC axis. With no `events` it shows the shipped Syria dataset, 2011 to December 2024, on a compressed axis that gives the crowded last week room and marks shrunken quiet stretches as breaks. Year-precision items span their year, windows are hatched, ongoing periods end in an arrow, undated items are listed below, and items with no room for a label are counted in a badge that zooms to them.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The shipped dataset with no attributes: lanes by category. Click an item to select it. */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const first = el.shadowRoot!.querySelector<SVGGElement>('[data-id]')!;
    let chosen = '';
    el.addEventListener('chronicle-select', (e) => (chosen = e.detail.item?.id ?? ''), { once: true });
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await expect(chosen).toBe(first.dataset.id);
    await waitFor(() => expect(el.getAttribute('selected')).toBe(first.dataset.id));
  },
};

/**
 * Time in proportion to width: fourteen years are readable, but the crowded week of November and
 * December 2024 is under two pixels wide, so its items mostly sit in count badges.
 */
export const LinearTime: Story = {
  args: { timeScale: 'linear' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="axis-break"]')).toBeNull();
  },
};

/** Compressed time (the default): long quiet stretches shrink to marked breaks on the axis. */
export const CompressedTime: Story = {
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('[part="axis-break"]').length).toBe(6);
  },
};

/**
 * The crowded week zoomed in: 25 November to 2 December 2024. Windows ("last week") are hatched
 * across the days they may fall on; day-precision items sit on their day.
 */
export const CrowdedWeekZoomed: Story = {
  args: { start: '2024-11-25', end: '2024-12-02' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const ticks = () => [...el.shadowRoot!.querySelectorAll('[part="tick-label"]')].map((t) => t.textContent);
    // Twelve-hourly ticks, each midnight labelled with its day.
    await waitFor(() => expect(ticks()).toContain('1 Dec'));
    await expect(el.shadowRoot!.querySelector('[data-id="iraqi-militias-cross-into-syria"]')).toBeTruthy();
  },
};

/** Lanes by each item's main actor, busiest first. */
export const ByActor: Story = {
  args: { groupBy: 'actor' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const lanes = [...el.shadowRoot!.querySelectorAll('[part="lane-label"]')].map((t) => t.textContent);
    await expect(lanes).toContain('No actor named');
  },
};

/** Selecting the militia crossing highlights what disputes it (or the badge holding it). */
export const DisputedSelected: Story = {
  args: { selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('[part~="event-related"], [part~="cluster-related"]')).toBeTruthy(),
    );
  },
};

/** Everything in one lane. */
export const OneLane: Story = {
  args: { groupBy: 'none' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect([...el.shadowRoot!.querySelectorAll('[part="lane-label"]')].map((t) => t.textContent)).toEqual([
      'Events',
    ]);
  },
};

/** With an item selected by attribute. */
export const Selected: Story = {
  args: { selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="event-selected"]')?.getAttribute('data-id')).toBe(
      'iraqi-militias-cross-into-syria',
    );
  },
};

/**
 * A phone-sized view: narrower than 520 px, time runs down the screen. Each lane is a narrow column of
 * marks, the labels sit beside them joined by leaders, and the crowded week is counted in a badge at the
 * foot, none of it hidden.
 */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('.chart.column')).toBeTruthy();
    await expect(el.shadowRoot!.querySelector('[part="cluster"]')).toBeTruthy();
  },
};

/**
 * `orientation="vertical"` at any width: time runs down the screen. Labels read in time order, top to
 * bottom; the up and down arrows move through the items, and opening the crowded week's badge zooms
 * to it and labels its items.
 */
export const Vertical: Story = {
  args: { orientation: 'vertical', width: '640px' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('.chart.column')).toBeTruthy();
    const tops = () =>
      [...el.shadowRoot!.querySelectorAll('[data-id] .label')].map((l) => l.getBoundingClientRect().top);
    await expect(tops()).toEqual([...tops()].sort((a, b) => a - b));
    const labelled = tops().length;
    const badge = el.shadowRoot!.querySelector<SVGGElement>('[part="cluster"]')!;
    await userEvent.click(badge);
    await waitFor(() => expect(tops().length).toBeGreaterThan(labelled));
    await expect(tops()).toEqual([...tops()].sort((a, b) => a - b));
  },
};

/** Any dataset in the library's format, through the `events` property. */
export const CustomData: Story = {
  args: { events: companyHistory, label: 'A company history', width: '900px' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="event-label"]')].map((t) => t.textContent);
    await expect(labels).toEqual(['Company founded', 'Pilot project', 'Review, sometime that autumn']);
  },
};

/** 10,000 generated items in eight lanes by actor, from 2011 to 2024 with a crowded fortnight at the end. */
function archive(n: number): ChronicleEvent[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const day = 86_400_000;
  const [a, b] = [Date.UTC(2011, 2, 15), Date.UTC(2024, 11, 31)];
  const [c, d] = [Date.UTC(2024, 10, 27), Date.UTC(2024, 11, 8)];
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const [s0, s1] = rnd() < 0.3 ? [c, d] : [a, b];
    const start = s0 + Math.floor((rnd() * (s1 - s0)) / day) * day;
    const range = rnd() < 0.2;
    const lane = Math.floor(rnd() * 8);
    return {
      id: `incident-${i}`,
      title: `Incident ${i + 1}`,
      summary: 'A generated incident.',
      category: (['armed-conflict', 'foreign-forces', 'diplomacy', 'statement'] as const)[lane % 4]!,
      when: range
        ? { type: 'period', start: iso(start), end: iso(start + Math.floor(rnd() * 30) * day) }
        : { type: 'date', date: iso(start) },
      dateBasis: { method: 'explicit', note: 'Generated.' },
      actors: [`group-${lane + 1}`],
      places: [],
      source: { paragraphs: [1], attribution: 'a generated archive' },
    };
  });
}

/**
 * Ten thousand items: above 500, `marks="auto"` paints marks, labels and badges on a canvas, with a
 * rug along each lane shading every pixel column by how many items it holds. Each visible item is
 * still a named button in the DOM (Tab, arrows, Enter), and every item is drawn or counted in a badge.
 */
export const TenThousandItems: Story = {
  args: { events: archive(10_000), groupBy: 'actor', label: 'A generated archive of 10,000 incidents' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('canvas.marks')).toBeTruthy();
    const badges = [...el.shadowRoot!.querySelectorAll('[data-badge]')];
    const counted = badges.reduce((n, b) => n + Number(b.getAttribute('aria-label')!.split(' ')[0]), 0);
    await expect(el.shadowRoot!.querySelectorAll('[data-id]').length + counted).toBe(10_000);
  },
};

/** No items: the element says so instead of drawing an empty chart. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part="empty"]')?.textContent).toBe('No events to show.'));
  },
};

/** Events with problems among good ones: two are left out, and a warning lists each problem with its path. */
const partlyBad = [
  ...companyHistory,
  { ...companyHistory[0]!, id: 'audit', title: 'Audit', when: { type: 'date' as const, date: '2021-02-30' } },
  { ...companyHistory[1]!, id: 'merger', title: 'Merger', category: 'sports' as ChronicleEvent['category'] },
];

/** Some events have problems: the others are drawn under a warning that lists the ones left out (`chronicle-error` says so with `partial: true`). */
export const PartlyBadData: Story = {
  args: { events: partlyBad, label: 'A company history', width: '900px' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const warning = el.shadowRoot!.querySelector('[part="warning"]')!;
    await expect(warning.querySelector('p')?.textContent).toBe(
      `Not shown: 2 of ${partlyBad.length} events, because of these problems:`,
    );
    await expect([...warning.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `events[${companyHistory.length}].when.date: "2021-02-30" is not a calendar date: that month has no day 30`,
      `events[${companyHistory.length + 1}].category: "sports" is not one of armed-conflict, foreign-forces, diplomacy, statement, humanitarian, political, regional`,
    ]);
  },
};

/** The same events with `strict`: nothing is drawn, and the element shows the error instead. */
export const StrictRefusal: Story = {
  args: { events: partlyBad, strict: true, width: '900px' },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('[part="error"] p')?.textContent).toBe(
        'The events given cannot be shown: 2 problems.',
      ),
    );
    await expect(el.shadowRoot?.querySelector('svg')).toBeNull();
  },
};

/** A dataset from `src` that has not arrived yet: the timeline says it is loading. */
export const Loading: Story = {
  beforeEach: holdFetch,
  render: () => html`<chronicle-timeline src="never-answers.json"></chronicle-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('[part="status"]')?.textContent).toBe(
        'Loading events from never-answers.json…',
      ),
    );
  },
};

/** A `src` that cannot be loaded: the timeline says what went wrong (and fires `chronicle-error`). */
export const LoadError: Story = {
  render: () => html`<chronicle-timeline src="no-such-dataset.json"></chronicle-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent?.trim()).toBe(
        'Could not load no-such-dataset.json: the server answered 404 Not Found.',
      ),
    );
  },
};
