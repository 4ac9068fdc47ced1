import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleLegend } from '../src/components/legend/legend.js';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { ChronicleFilter } from '../src/core/filter.js';
import type { Actor, ChronicleEvent } from '../src/data/types.js';
import '../src/components/legend/define.js';
import '../src/components/timeline/define.js';
import { harbourActors, harbourEvents } from './harbour.js';
import { allInShadow, DARK_BACKGROUND, frame, inShadow, rgb, textOf } from './support.js';

interface Args {
  minCount: number;
  width: string;
  dark: boolean;
  filter: ChronicleFilter;
  events?: readonly ChronicleEvent[];
  actors?: readonly Actor[];
}

const render = (args: Args) =>
  frame(
    args.width,
    args.dark,
    html`<chronicle-legend
      min-count=${args.minCount}
      .filter=${args.filter}
      .events=${args.events}
      .actors=${args.actors}
    ></chronicle-legend>`,
  );

const legendIn = (canvasElement: HTMLElement) => canvasElement.querySelector('chronicle-legend') as ChronicleLegend;

/** The toggle for `value` of `key` (`categories` or `actors`). */
const toggle = (legend: Element, key: keyof ChronicleFilter, value: string) =>
  inShadow<HTMLButtonElement>(legend, `[data-key="${key}"][data-value="${value}"]`);

/** Waits until the legend has drawn its toggles. */
async function drawn(legend: Element) {
  await waitFor(() => expect(inShadow(legend, '[part~="toggle"]')).toBeTruthy());
}

const meta: Meta<Args> = {
  title: 'Components/Legend',
  component: 'chronicle-legend',
  render,
  args: {
    minCount: 1,
    width: '560px',
    dark: false,
    filter: {},
  },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the legend (story only).' },
    dark: { control: 'boolean', description: 'Draw the story on a dark background with dark colours (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The categories (in the colours the timeline draws them in) and the actors, each with its number of items, as toggle buttons. Pressing one narrows to items with it; pressing more widens within that kind; releasing the last shows everything. Alone it keeps its own `filter` and fires `chronicle-filter-change`; with `for="timeline-id"` it applies the filter to that timeline, and every element linked to the timeline follows.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The shipped dataset: seven categories and every actor, busiest first. Press Iran to filter by it. */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    await expect(inShadow(el, '[part="reset"]')).toBeNull();
    let changed: ChronicleFilter | undefined;
    el.addEventListener('chronicle-filter-change', (e) => (changed = e.detail.filter), { once: true });
    await userEvent.click(toggle(el, 'actors', 'iran')!);
    await waitFor(() => expect(toggle(el, 'actors', 'iran')?.getAttribute('aria-pressed')).toBe('true'));
    await expect(changed).toEqual({ actors: ['iran'] });
    await expect(el.filter).toEqual({ actors: ['iran'] });
    // "Show all" appears, and clears the filter.
    await userEvent.click(inShadow(el, '[part="reset"]')!);
    await waitFor(() => expect(toggle(el, 'actors', 'iran')?.getAttribute('aria-pressed')).toBe('false'));
    await expect(el.filter).toEqual({});
  },
};

/** A filter given through `filter`: Iran is pressed and "Show all" is offered. */
export const FilterPreset: Story = {
  args: { filter: { actors: ['iran'] } },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    await expect(toggle(el, 'actors', 'iran')?.getAttribute('aria-pressed')).toBe('true');
    await expect(allInShadow(el, '[part~="toggle-pressed"]').length).toBe(1);
    await expect(textOf(inShadow(el, '[part="reset"]'))).toBe('Show all');
  },
};

/** Only actors with at least three items (`min-count="3"`). */
export const MinCount: Story = {
  args: { minCount: 3 },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    const counts = allInShadow(el, '[data-key="actors"] [part="count"]').map((c) => Number(textOf(c)));
    await expect(counts.length).toBeGreaterThan(0);
    await expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
    await expect(textOf(inShadow(el, '[part="note"]'))).toMatch(/^and \d+ actors with fewer than 3 items$/);
  },
};

/** Any dataset in the library's format, with its actor names through `actors`. */
export const CustomData: Story = {
  args: { events: harbourEvents, actors: harbourActors },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    // The count is read out as ", 5 items", straight after the name (and shown as 5).
    await expect(textOf(toggle(el, 'actors', 'port-authority'))).toBe('The Port Authority, 5 items 5');
    await expect(allInShadow(el, '[data-key="categories"]').map((b) => b.dataset.value)).toEqual([
      'diplomacy',
      'statement',
      'humanitarian',
      'political',
    ]);
  },
};

/** No items: no toggles. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(el, '[part="empty"]'))).toBe('No events to filter.'));
    await expect(inShadow(el, '[part~="toggle"]')).toBeNull();
  },
};

/** Dark colours through `--chronicle-background` and `--chronicle-color`, with a filter pressed. */
export const Dark: Story = {
  args: { dark: true, filter: { categories: ['foreign-forces'] } },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    await expect(getComputedStyle(el).backgroundColor).toBe(rgb(DARK_BACKGROUND));
  },
};

/** A phone-sized legend: the toggles wrap. */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    await drawn(el);
    const base = inShadow(el, '[part="base"]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};

/**
 * Linked to a timeline by `for`: pressing a toggle filters the timeline (and every element linked
 * to it); the counts stay those of the whole data.
 */
export const Linked: Story = {
  args: { width: '1280px' },
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<chronicle-legend for="legend-linked-timeline"></chronicle-legend>
        <chronicle-timeline id="legend-linked-timeline" label="The Syrian conflict"></chronicle-timeline>`,
    ),
  play: async ({ canvasElement }) => {
    const el = legendIn(canvasElement);
    const timeline = canvasElement.querySelector('chronicle-timeline') as ChronicleTimeline;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('svg [data-id]')).toBeTruthy());
    await drawn(el);
    let changed: ChronicleFilter | undefined;
    timeline.addEventListener('chronicle-filter-change', (e) => (changed = e.detail.filter), { once: true });
    await userEvent.click(toggle(el, 'actors', 'iran')!);
    await waitFor(() => expect(toggle(el, 'actors', 'iran')?.getAttribute('aria-pressed')).toBe('true'));
    await expect(timeline.filter).toEqual({ actors: ['iran'] });
    await expect(changed).toEqual({ actors: ['iran'] });
    // The timeline now shows only items naming Iran.
    const iran = timeline.items.filter((e) => e.actors.includes('iran')).map((e) => e.id);
    await waitFor(() => {
      const shown = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('[data-id]')].map((g) => g.dataset.id);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((id) => !iran.includes(id!))).toEqual([]);
    });
  },
};
