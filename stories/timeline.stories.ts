import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { ChronicleEvent } from '../src/data/types.js';
import '../src/components/timeline/define.js';
import { companyHistory } from '../test/fixtures/company.js';

interface Args {
  groupBy: 'category' | 'actor' | 'none';
  start: string;
  end: string;
  timeScale: 'compressed' | 'linear';
  selected: string;
  label: string;
  width: string;
  events?: readonly ChronicleEvent[];
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
  },
  argTypes: {
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

/** A phone-sized view: crowded stretches collapse into count badges, none of them hides an item. */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="cluster"]')).toBeTruthy();
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

/** No items: the element says so instead of drawing an empty chart. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part="empty"]')?.textContent).toBe('No events to show.'));
  },
};
