import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleList } from '../src/components/list/list.js';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { ChronicleFilter } from '../src/core/filter.js';
import type { ChronicleEvent } from '../src/data/types.js';
import '../src/components/list/define.js';
import '../src/components/timeline/define.js';
import { harbourEvents } from './harbour.js';
import { allInShadow, DARK_BACKGROUND, frame, inShadow, rgb, textOf } from './support.js';

interface Args {
  selected: string;
  label: string;
  width: string;
  dark: boolean;
  filter: ChronicleFilter;
  events?: readonly ChronicleEvent[];
}

const render = (args: Args) =>
  frame(
    args.width,
    args.dark,
    html`<chronicle-list
      selected=${args.selected}
      label=${args.label}
      .filter=${args.filter}
      .events=${args.events}
    ></chronicle-list>`,
  );

const listIn = (canvasElement: HTMLElement) => canvasElement.querySelector('chronicle-list') as ChronicleList;

/** The button of item `id`. */
const itemButton = (list: Element, id: string) => inShadow<HTMLButtonElement>(list, `[data-id="${id}"]`);

/** The year headings, in order. */
const years = (list: Element) => allInShadow(list, '[part="year"]').map((h) => textOf(h));

/** Waits until the list has drawn its items. */
async function drawn(list: Element) {
  await waitFor(() => expect(inShadow(list, '[part="item-button"]')).toBeTruthy());
}

const meta: Meta<Args> = {
  title: 'Components/List',
  component: 'chronicle-list',
  render,
  args: {
    selected: '',
    label: 'Events',
    width: '720px',
    dark: false,
    filter: {},
  },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the list (story only).' },
    dark: { control: 'boolean', description: 'Draw the story on a dark background with dark colours (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every shown item as a list grouped by year, in time order, each with its date, title, summary and source: the reading path for screen readers, print and very narrow screens. One tab stop; the arrow keys move between items, `Home` and `End` go to the ends, `Enter` or `Space` selects. Alone it lists `events` through `filter`, marking `selected`; with `for="timeline-id"` it follows that timeline and selecting here selects there.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The shipped dataset, grouped by year with the undated items last. Click an item to select it. */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    await expect(years(el).at(0)).toBe('2011');
    await expect(years(el).at(-1)).toBe('Undated');
    let chosen = '';
    el.addEventListener('chronicle-select', (e) => (chosen = e.detail.item?.id ?? ''), { once: true });
    await userEvent.click(itemButton(el, 'russia-enters-war-2015')!);
    await waitFor(() => expect(itemButton(el, 'russia-enters-war-2015')?.getAttribute('aria-pressed')).toBe('true'));
    await expect(chosen).toBe('russia-enters-war-2015');
    await expect(el.selected).toBe('russia-enters-war-2015');
    await expect(allInShadow(el, '[aria-pressed="true"]').length).toBe(1);
  },
};

/** The arrow keys move between items (one tab stop), and `Enter` selects. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    const first = allInShadow<HTMLButtonElement>(el, '[part="item-button"]');
    await expect(first.filter((b) => b.tabIndex === 0).length).toBe(1);
    first[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(first[1]));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(first[1]!.getAttribute('aria-pressed')).toBe('true'));
  },
};

/** With an item selected by attribute. */
export const Selected: Story = {
  args: { selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    await expect(inShadow(el, '[part~="item-selected"] [data-id]')?.dataset.id).toBe('iraqi-militias-cross-into-syria');
  },
};

/** Only the statements, through `filter`. */
export const Filtered: Story = {
  args: { filter: { categories: ['statement'] } },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    await expect(years(el)).toEqual(['2024']);
  },
};

/** Any dataset in the library's format: a made-up harbour town's strike year, with an undated item. */
export const CustomData: Story = {
  args: { events: harbourEvents, label: 'A harbour strike' },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    await expect(years(el)).toEqual(['2023', '2024', 'Undated']);
    await expect(allInShadow(el, '[part="item-button"] .title').map((t) => textOf(t))).toEqual([
      'Union: wages unpaid since September',
      'Storm closes the port',
      'Dockworkers strike',
      'Port Authority denies wages are unpaid',
      'Gazette: payslips show missed wages',
      'Council brokers talks',
      'North Quay repairs',
      'Harbour dredging planned',
    ]);
  },
};

/** No items: the element says so. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(el, '[part="empty"]'))).toBe('No events to list.'));
  },
};

/** Dark colours through `--chronicle-background` and `--chronicle-color`. */
export const Dark: Story = {
  args: { dark: true, selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    await expect(getComputedStyle(el).backgroundColor).toBe(rgb(DARK_BACKGROUND));
  },
};

/** A phone-sized list: the reading path where a timeline has no room. */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    await drawn(el);
    const base = inShadow(el, '[part="base"]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};

/**
 * Linked to a timeline by `for`: the list follows the timeline's selection and filter, and
 * selecting here selects there.
 */
export const Linked: Story = {
  args: { width: '1280px' },
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<chronicle-timeline id="list-linked-timeline" label="The Syrian conflict"></chronicle-timeline>
        <chronicle-list for="list-linked-timeline" style="max-height: 480px; overflow: auto"></chronicle-list>`,
    ),
  play: async ({ canvasElement }) => {
    const el = listIn(canvasElement);
    const timeline = canvasElement.querySelector('chronicle-timeline') as ChronicleTimeline;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('svg [data-id]')).toBeTruthy());
    await drawn(el);
    await userEvent.click(itemButton(el, 'iraqi-militias-cross-into-syria')!);
    await waitFor(() =>
      expect(itemButton(el, 'iraqi-militias-cross-into-syria')?.getAttribute('aria-pressed')).toBe('true'),
    );
    await expect(timeline.selected).toBe('iraqi-militias-cross-into-syria');
    // The timeline's filter narrows the list.
    timeline.applyFilter({ categories: ['humanitarian'] });
    await waitFor(() => expect(itemButton(el, 'iraqi-militias-cross-into-syria')).toBeNull());
    await expect(itemButton(el, 'millions-of-syrians-displaced')).toBeTruthy();
  },
};
