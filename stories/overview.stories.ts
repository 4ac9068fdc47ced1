import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleOverview } from '../src/components/overview/overview.js';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { ChronicleEvent } from '../src/data/types.js';
import '../src/components/overview/define.js';
import '../src/components/timeline/define.js';
import { harbourEvents } from './harbour.js';
import { DARK_BACKGROUND, frame, inShadow, rgb, textOf } from './support.js';

interface Args {
  label: string;
  width: string;
  dark: boolean;
  events?: readonly ChronicleEvent[];
  range?: readonly [number, number];
}

const render = (args: Args) =>
  frame(
    args.width,
    args.dark,
    html`<chronicle-overview label=${args.label} .events=${args.events} .range=${args.range}></chronicle-overview>`,
  );

const overviewIn = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('chronicle-overview') as ChronicleOverview;

/** Waits until the overview has measured itself and drawn its brush; returns the brush (the slider). */
async function slider(el: Element) {
  await waitFor(() => expect(inShadow(el, '[role="slider"]')).toBeTruthy());
  return inShadow<SVGGElement>(el, '[role="slider"]')!;
}

const meta: Meta<Args> = {
  title: 'Components/Overview',
  component: 'chronicle-overview',
  render,
  args: {
    label: 'Visible range',
    width: '1280px',
    dark: false,
  },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the overview (story only).' },
    dark: { control: 'boolean', description: 'Draw the story on a dark background with dark colours (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole time range as a compact strip: density bars showing how many items start in each few pixels, year marks, and a brush for the visible range. Drag the brush, drag its ends, or draw a new one; with the keyboard (one tab stop) the arrows move it, `+` and `-` narrow and widen it, `Home` and `End` go to the ends. Alone it keeps its own `range`; with `for="timeline-id"` it follows and steers that timeline.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The shipped dataset with no attributes: the crowded week of December 2024 stands out at the right.
 * Focus the brush and press `+` to narrow it.
 */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    const brush = await slider(el);
    await waitFor(() => expect(inShadow(el, '[part="density"]')?.getAttribute('d')).not.toBe(''));
    const before = brush.getAttribute('aria-valuetext');
    let changed: [number, number] | undefined;
    el.addEventListener('chronicle-range-change', (e) => (changed = [e.detail.start, e.detail.end]), { once: true });
    brush.focus();
    await userEvent.keyboard('+');
    await waitFor(() => expect(brush.getAttribute('aria-valuetext')).not.toBe(before));
    await expect(changed).toBeDefined();
    await expect(el.range).toEqual(changed);
  },
};

/** A brushed range given through `range`: the crowded last week of November 2024. */
export const WithRange: Story = {
  args: { range: [Date.UTC(2024, 10, 25), Date.UTC(2024, 11, 3)] },
  play: async ({ canvasElement }) => {
    const brush = await slider(overviewIn(canvasElement));
    await waitFor(() => expect(brush.getAttribute('aria-valuetext')).toBe('25 Nov 2024 to 2 Dec 2024'));
  },
};

/** Any dataset in the library's format, through `events`: a made-up harbour town's strike year. */
export const CustomData: Story = {
  args: { events: harbourEvents, width: '900px' },
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    await slider(el);
    const years = () => [...el.shadowRoot!.querySelectorAll('[part="year-label"]')].map((t) => textOf(t));
    await waitFor(() => expect(years()).toContain('2023'));
  },
};

/** No items: no density bars. */
export const Empty: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(el, '[part="empty"]'))).toBe('No events to show.'));
    await expect(inShadow(el, '[role="slider"]')).toBeNull();
  },
};

/** Dark colours through `--chronicle-background` and `--chronicle-color`. */
export const Dark: Story = {
  args: { dark: true },
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    await slider(el);
    await expect(getComputedStyle(el).backgroundColor).toBe(rgb(DARK_BACKGROUND));
  },
};

/** A phone-sized strip: year labels thin out so they do not collide. */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    await slider(el);
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part="year-label"]')];
    await expect(labels.length).toBeGreaterThan(0);
    for (let i = 1; i < labels.length; i++) {
      await expect(labels[i]!.getBBox().x).toBeGreaterThan(labels[i - 1]!.getBBox().x + labels[i - 1]!.getBBox().width);
    }
  },
};

/**
 * Linked to a timeline by `for`: zooming the timeline moves the brush, and brushing (or `+` on the
 * focused brush) zooms the timeline.
 */
export const Linked: Story = {
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<chronicle-overview for="overview-linked-timeline" label=${args.label}></chronicle-overview>
        <chronicle-timeline id="overview-linked-timeline" label="The Syrian conflict"></chronicle-timeline>`,
    ),
  play: async ({ canvasElement }) => {
    const el = overviewIn(canvasElement);
    const timeline = canvasElement.querySelector('chronicle-timeline') as ChronicleTimeline;
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('svg [data-id]')).toBeTruthy());
    const brush = await slider(el);
    const [d0, d1] = timeline.fullRange;
    brush.focus();
    await userEvent.keyboard('+');
    await waitFor(() => {
      const [a, b] = timeline.visibleRange;
      expect(b - a).toBeLessThan((d1 - d0) * 0.75);
    });
    // And back: the timeline's zoom moves the brush.
    timeline.zoomTo(Date.UTC(2024, 10, 25), Date.UTC(2024, 11, 3));
    await waitFor(() => expect(brush.getAttribute('aria-valuetext')).toBe('25 Nov 2024 to 2 Dec 2024'));
  },
};
