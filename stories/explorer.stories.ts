import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleExplorer } from '../src/components/explorer/explorer.js';
import type { Actor, ChronicleEvent, Place } from '../src/data/types.js';
import '../src/components/explorer/define.js';
import { harbourActors, harbourEvents, harbourPlaces } from './harbour.js';
import { DARK_BACKGROUND, frame, holdFetch, inShadow, rgb, textOf } from './support.js';

interface Args {
  label: string;
  width: string;
  dark: boolean;
  orientation: 'auto' | 'horizontal' | 'vertical';
  events?: readonly ChronicleEvent[];
  actors?: readonly Actor[];
  places?: readonly Place[];
}

const render = (args: Args) =>
  frame(
    args.width,
    args.dark,
    html`<chronicle-explorer
      label=${args.label}
      orientation=${args.orientation}
      .events=${args.events}
      .actors=${args.actors}
      .places=${args.places}
    ></chronicle-explorer>`,
  );

const explorerIn = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('chronicle-explorer') as ChronicleExplorer;

/** A part of the explorer: `overview`, `timeline`, `card`, `legend` or `list`. */
const part = (explorer: Element, name: string) => inShadow(explorer, `[part="${name}"]`);

/** The card's title, or its empty text. */
const cardText = (explorer: Element) => {
  const card = part(explorer, 'card');
  return textOf(inShadow(card, '[part="title"]') ?? inShadow(card, '[part="empty"]'));
};

/** Waits until the inner timeline has drawn. */
async function ready(explorer: Element) {
  await waitFor(() => expect(inShadow(part(explorer, 'timeline'), 'svg [data-id]')).toBeTruthy());
}

/** Opens "Every event as a list" (the list is made when first opened) and returns the list. */
async function openList(explorer: Element) {
  const details = part(explorer, 'list-toggle') as HTMLDetailsElement;
  if (!details.open) await userEvent.click(details.querySelector('summary')!);
  await waitFor(() => expect(details.open).toBe(true));
  await waitFor(() => expect(inShadow(part(explorer, 'list'), '[part="base"], [part="empty"]')).toBeTruthy());
  return part(explorer, 'list')!;
}

/** Opens the list and selects item `id` there; returns its title. */
async function selectThroughList(explorer: Element, id: string) {
  const list = await openList(explorer);
  await waitFor(() => expect(inShadow(list, `[data-id="${id}"]`)).toBeTruthy());
  const button = inShadow<HTMLButtonElement>(list, `[data-id="${id}"]`)!;
  await userEvent.click(button);
  await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  return textOf(button.querySelector('.title'))!;
}

const meta: Meta<Args> = {
  title: 'Components/Explorer',
  component: 'chronicle-explorer',
  render,
  args: {
    label: 'The Syrian conflict, 2011 to December 2024',
    width: '1280px',
    dark: false,
    orientation: 'auto',
  },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the explorer (story only).' },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    dark: { control: 'boolean', description: 'Draw the story on a dark background with dark colours (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole experience in one tag: an overview strip with a brush, the timeline, the card for the selected item, the legend’s filters, and every item as a list, laid out for the space it has and wired together. With no attributes it shows the shipped Syria dataset. With `sync-url` it keeps the selection, visible range and filter in the page’s URL hash.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The shipped dataset with no attributes. Select an item in the list and the card shows it. */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await ready(el);
    await expect(cardText(el)).toBe('Select an event to read about it.');
    let chosen = '';
    el.addEventListener('chronicle-select', (e) => (chosen = e.detail.item?.id ?? ''), { once: true });
    const title = await selectThroughList(el, 'iraqi-militias-cross-into-syria');
    await waitFor(() => expect(cardText(el)).toBe(title));
    await expect(chosen).toBe('iraqi-militias-cross-into-syria');
    await expect(el.timeline?.selected).toBe('iraqi-militias-cross-into-syria');
  },
};

/**
 * A phone-sized explorer: the parts stack in one column, and the timeline lays out vertically, time
 * running down the screen (the up and down arrows move through it).
 */
export const Narrow: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await ready(el);
    await expect(inShadow(part(el, 'timeline'), '.chart.column [data-id]')).toBeTruthy();
    const card = part(el, 'card')!.getBoundingClientRect();
    const legend = part(el, 'legend')!.getBoundingClientRect();
    // One column: the legend sits under the card, not beside it.
    await expect(legend.top).toBeGreaterThanOrEqual(card.bottom);
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    const title = await selectThroughList(el, 'pmf-denies-entering-syria');
    await waitFor(() => expect(cardText(el)).toBe(title));
  },
};

/**
 * Forced colours (Windows High Contrast and the like): every mark, shape and control takes the reader's
 * own colours, and categories stay apart by shape. Storybook cannot switch the mode on: in Chromium,
 * open DevTools, then Rendering, and set "Emulate CSS media feature forced-colors" to `active`. The
 * story's test switches it on itself.
 */
export const ForcedColours: Story = {
  play: async ({ canvasElement }) => {
    const emulate = (globalThis as { chronicleForcedColors?: (on: boolean) => Promise<void> }).chronicleForcedColors;
    await emulate?.(true);
    try {
      const el = explorerIn(canvasElement);
      await ready(el);
      if (emulate) await expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      if (!matchMedia('(forced-colors: active)').matches) return;
      // The reader's text colour, as the system resolves it.
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      probe.remove();
      const timeline = part(el, 'timeline')!;
      const marks = [...timeline.shadowRoot!.querySelectorAll('[data-id] .mark')];
      await expect(marks.length).toBeGreaterThan(10);
      for (const mark of marks) await expect(getComputedStyle(mark).stroke).toBe(text);
      const legend = part(el, 'legend')!;
      for (const swatch of legend.shadowRoot!.querySelectorAll('svg.swatch'))
        await expect(getComputedStyle(swatch).fill).toBe(text);
    } finally {
      await emulate?.(false);
    }
  },
};

/** Dark colours through `--chronicle-background` and `--chronicle-color`, which reach every part. */
export const Dark: Story = {
  args: { dark: true },
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await ready(el);
    await openList(el);
    for (const name of ['overview', 'timeline', 'card', 'legend', 'list']) {
      await expect(getComputedStyle(part(el, name)!).backgroundColor).toBe(rgb(DARK_BACKGROUND));
    }
  },
};

/**
 * The shipped dataset in Arabic: under `lang="ar"` every part reads the Arabic titles, summaries,
 * attributions and names (loaded on demand), and dates are written the Arabic way. In a right-to-left
 * page everything mirrors: time runs right to left on the overview and the timeline, and the arrow keys
 * and drags follow. The elements' own words are Arabic too.
 */
export const Arabic: Story = {
  args: { label: 'النزاع السوري، من 2011 إلى كانون الأول/ديسمبر 2024' },
  render: (args) => html`<div lang="ar" dir="rtl">${render(args)}</div>`,
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await ready(el);
    const timeline = part(el, 'timeline')!;
    await waitFor(() =>
      expect(inShadow(timeline, '[data-id="iraqi-militias-cross-into-syria"]')?.getAttribute('aria-label')).toMatch(
        /^فصائل عراقية تعبر إلى سوريا/,
      ),
    );
    await expect(await selectThroughList(el, 'iraqi-militias-cross-into-syria')).toBe('فصائل عراقية تعبر إلى سوريا');
    await waitFor(() => expect(cardText(el)).toBe('فصائل عراقية تعبر إلى سوريا'));
    await expect(textOf(inShadow(part(el, 'card')!, '[part="details"]'))).toContain('مصدرين أمنيين عراقيين');
    await expect(inShadow(timeline, '[part="zoom-button"]')?.getAttribute('aria-label')).toBe('تكبير');
  },
};

/**
 * Any dataset in the library's format, with its actor and place names: a made-up harbour town's
 * strike year. The card names the actors and places, and the legend counts them.
 */
export const CustomData: Story = {
  args: {
    events: harbourEvents,
    actors: harbourActors,
    places: harbourPlaces,
    label: 'A harbour strike',
  },
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await ready(el);
    const legend = part(el, 'legend');
    await waitFor(() =>
      expect(textOf(inShadow(legend, '[data-value="port-authority"]'))).toMatch(/The Port Authority/),
    );
    const title = await selectThroughList(el, 'dockworkers-strike');
    await waitFor(() => expect(cardText(el)).toBe(title));
    const card = part(el, 'card')!;
    await expect(textOf(inShadow(card, '[part="details"]'))).toContain('North Quay');
  },
};

/** No items: each part says so or stays empty. */
export const Empty: Story = {
  args: { events: [], label: 'Nothing yet' },
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(part(el, 'timeline'), '[part="empty"]'))).toBe('No events to show.'));
    const list = await openList(el);
    await waitFor(() => expect(textOf(inShadow(list, '[part="empty"]'))).toBe('No events to list.'));
  },
};

/** Two explorers on one page keep apart: selecting in one leaves the other as it was. */
export const SideBySide: Story = {
  args: { width: '1400px' },
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<div style="display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px">
        <chronicle-explorer id="explorer-syria" label=${args.label}></chronicle-explorer>
        <chronicle-explorer
          id="explorer-harbour"
          label="A harbour strike"
          .events=${harbourEvents}
          .actors=${harbourActors}
          .places=${harbourPlaces}
        ></chronicle-explorer>
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    const [syria, harbour] = [...canvasElement.querySelectorAll('chronicle-explorer')] as ChronicleExplorer[];
    await ready(syria!);
    await ready(harbour!);
    const title = await selectThroughList(syria!, 'iraqi-militias-cross-into-syria');
    await waitFor(() => expect(cardText(syria!)).toBe(title));
    await expect(cardText(harbour!)).toBe('Select an event to read about it.');
    await expect(harbour!.timeline?.selected).toBe('');
    const other = await selectThroughList(harbour!, 'storm-closes-port');
    await waitFor(() => expect(cardText(harbour!)).toBe(other));
    await expect(cardText(syria!)).toBe(title);
  },
};

/** A dataset from `src` that has not arrived yet: the explorer says it is loading. */
export const Loading: Story = {
  beforeEach: holdFetch,
  render: (args) =>
    frame(args.width, args.dark, html`<chronicle-explorer src="never-answers.json"></chronicle-explorer>`),
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await waitFor(() =>
      expect(textOf(inShadow(el, '[part="status"]'))).toBe('Loading events from never-answers.json…'),
    );
  },
};

/** A `src` that cannot be loaded: the explorer says what went wrong, and fires `chronicle-error`. */
export const LoadError: Story = {
  render: (args) =>
    frame(args.width, args.dark, html`<chronicle-explorer src="no-such-dataset.json"></chronicle-explorer>`),
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await waitFor(() =>
      expect(textOf(inShadow(el, '[part="error"]'))).toBe(
        'Could not load no-such-dataset.json: the server answered 404 Not Found.',
      ),
    );
  },
};

/** Data inline, in a `<script type="application/json">` child: the dataset checked, and each problem listed. */
export const InlineWithProblems: Story = {
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<chronicle-explorer
        ><script type="application/json">
          {
            "report": { "title": "T", "date": "2024-12-02", "dateNote": "n" },
            "actors": [],
            "places": [],
            "events": [
              {
                "id": "a",
                "title": "A",
                "summary": "s",
                "category": "political",
                "when": { "type": "date", "date": "2024-02-30" },
                "dateBasis": { "method": "explicit", "note": "n" },
                "actors": [],
                "places": [],
                "source": { "paragraphs": [1], "attribution": "x" }
              }
            ]
          }
        </script></chronicle-explorer
      >`,
    ),
  play: async ({ canvasElement }) => {
    const el = explorerIn(canvasElement);
    await waitFor(() =>
      expect(textOf(inShadow(el, '[part="error"]'))).toContain(
        'The inline JSON is not a chronicle dataset: 1 problem.',
      ),
    );
    await expect(textOf(inShadow(el, '[part="error"] li'))).toMatch(/^events\[0\]\.when\.date: /);
  },
};
