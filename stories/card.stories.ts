import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ChronicleCard } from '../src/components/card/card.js';
import type { ChronicleTimeline } from '../src/components/timeline/timeline.js';
import type { Actor, ChronicleEvent, Place } from '../src/data/types.js';
import '../src/components/card/define.js';
import '../src/components/timeline/define.js';
import { harbourActors, harbourEvents, harbourPlaces } from './harbour.js';
import { allInShadow, DARK_BACKGROUND, frame, inShadow, rgb, textOf } from './support.js';

interface Args {
  selected: string;
  emptyText: string;
  width: string;
  dark: boolean;
  events?: readonly ChronicleEvent[];
  actors?: readonly Actor[];
  places?: readonly Place[];
}

const render = (args: Args) =>
  frame(
    args.width,
    args.dark,
    html`<chronicle-card
      selected=${args.selected}
      empty-text=${args.emptyText}
      .events=${args.events}
      .actors=${args.actors}
      .places=${args.places}
    ></chronicle-card>`,
  );

const cardIn = (canvasElement: HTMLElement) => canvasElement.querySelector('chronicle-card') as ChronicleCard;

/** The card's title once it shows one. */
const titleOf = (card: Element) => textOf(inShadow(card, '[part="title"]'));

/** The `<dd>` after the `<dt>` named `term`. */
const detail = (card: Element, term: string) =>
  allInShadow(card, 'dt').find((dt) => textOf(dt) === term)?.nextElementSibling as HTMLElement | undefined;

const meta: Meta<Args> = {
  title: 'Components/Card',
  component: 'chronicle-card',
  render,
  args: {
    selected: '',
    emptyText: 'Select an event to read about it.',
    width: '560px',
    dark: false,
  },
  argTypes: {
    selected: {
      control: 'select',
      options: [
        '',
        'iraqi-militias-cross-into-syria',
        'pmf-denies-entering-syria',
        'russia-war-in-ukraine',
        'us-uae-discuss-sanctions-offer',
        'millions-of-syrians-displaced',
      ],
    },
    width: { control: 'text', description: 'Width of the box around the card (story only).' },
    dark: { control: 'boolean', description: 'Draw the story on a dark background with dark colours (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Everything about one item: its title, its date written with its true precision, summary, actors and places, who says so, what disputes or supports it (as links to those items), where in the report it comes from, and the items before and after it in time. Alone it shows `selected` among `events` (the shipped dataset when unset); with `for="timeline-id"` it follows that timeline and choosing a linked item selects it there.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The shipped dataset with nothing selected: the card invites the reader to choose. */
export const SyriaDefault: Story = {
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(el, '[part="empty"]'))).toBe('Select an event to read about it.'));
  },
};

/** The militia crossing: who reported it, the denial that disputes it and the source that supports it, each a link. */
export const MilitiasCrossing: Story = {
  args: { selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBe('Iraqi militias cross into Syria'));
    await expect(textOf(detail(el, 'Who says so'))).toBe('According to two Iraqi security sources');
    await expect(textOf(detail(el, 'Disputed by')?.querySelector('[part="link"]'))).toBe(
      'PMF denies its groups entered Syria',
    );
    await expect(textOf(detail(el, 'Supported by')?.querySelector('[part="link"]'))).toBe(
      'Syrian source: fighters came as reinforcements',
    );
  },
};

/**
 * Previous and next step through the items in time order; unlinked, the card shows the item it
 * moves to and fires `chronicle-select`. The first item has no previous.
 */
export const PreviousAndNext: Story = {
  args: { selected: 'uprising-against-assad-2011' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBe('Uprising against Assad begins'));
    await expect(inShadow<HTMLButtonElement>(el, 'nav .previous')?.disabled).toBe(true);
    let chosen = '';
    el.addEventListener('chronicle-select', (e) => (chosen = e.detail.item?.id ?? ''), { once: true });
    await userEvent.click(inShadow(el, 'nav .next')!);
    await waitFor(() => expect(titleOf(el)).toBe('Opposition holds much of Aleppo'));
    await expect(chosen).toBe('opposition-holds-aleppo-2012-2016');
    await expect(el.selected).toBe('opposition-holds-aleppo-2012-2016');
    await userEvent.click(inShadow(el, 'nav .previous')!);
    await waitFor(() => expect(titleOf(el)).toBe('Uprising against Assad begins'));
  },
};

/** The denial itself: it disputes the crossing, and links back to it. */
export const DisputingStatement: Story = {
  args: { selected: 'pmf-denies-entering-syria' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBe('PMF denies its groups entered Syria'));
    await expect(textOf(detail(el, 'Disputes'))).toContain('Iraqi militias cross into Syria');
  },
};

/**
 * A disputed claim in made-up data: the union's claim, disputed by the Port Authority and supported by
 * the local paper. Actor and place names come from `actors` and `places`.
 */
export const DisputedClaim: Story = {
  args: {
    events: harbourEvents,
    actors: harbourActors,
    places: harbourPlaces,
    selected: 'union-says-wages-unpaid',
  },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBe('Union: wages unpaid since September'));
    await expect(textOf(detail(el, 'Disputed by'))).toContain('Port Authority denies wages are unpaid');
    await expect(textOf(detail(el, 'Disputed by'))).toContain('according to a Port Authority statement');
    await expect(textOf(detail(el, 'Supported by'))).toContain('Gazette: payslips show missed wages');
    await expect(textOf(detail(el, 'Actors'))).toBe("The dockworkers' union");
    await expect(textOf(detail(el, 'Places'))).toBe('North Quay');
    await expect(textOf(detail(el, 'Dated by'))).toBe('“in early October”: Said some time before the storm.');
  },
};

/** Any dataset in the library's format: a period with its actors, places and the paragraphs it comes from. */
export const CustomData: Story = {
  args: {
    events: harbourEvents,
    actors: harbourActors,
    places: harbourPlaces,
    selected: 'dockworkers-strike',
  },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBe('Dockworkers strike'));
    await expect(textOf(detail(el, 'Actors'))).toBe("The dockworkers' union, The Port Authority");
    await expect(textOf(detail(el, 'Source'))).toBe('The report, paragraphs 3 and 4');
    // The item gives where its source can be read: the card links to it (http and https only).
    await expect(inShadow(el, 'a[part="source-link"]')?.getAttribute('href')).toBe(
      'https://example.org/harbour-gazette/strike',
    );
  },
};

/** No items: whatever `selected` says, the card shows its empty text. */
export const Empty: Story = {
  args: { events: [], selected: 'iraqi-militias-cross-into-syria', emptyText: 'Nothing to show.' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(textOf(inShadow(el, '[part="empty"]'))).toBe('Nothing to show.'));
  },
};

/** Dark colours through `--chronicle-background` and `--chronicle-color`. */
export const Dark: Story = {
  args: { dark: true, selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBeTruthy());
    await expect(getComputedStyle(el).backgroundColor).toBe(rgb(DARK_BACKGROUND));
  },
};

/** A phone-sized card: long titles and the previous and next buttons wrap inside it. */
export const Narrow: Story = {
  args: { width: '360px', selected: 'iraqi-militias-cross-into-syria' },
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    await waitFor(() => expect(titleOf(el)).toBeTruthy());
    const article = inShadow(el, '[part="base"]')!;
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

/**
 * Linked to a timeline by `for`: the card follows the timeline's selection, and choosing a linked
 * item (here the denial) selects it on the timeline.
 */
export const Linked: Story = {
  args: { width: '1280px' },
  render: (args) =>
    frame(
      args.width,
      args.dark,
      html`<chronicle-timeline
          id="card-linked-timeline"
          label="The Syrian conflict"
          selected="iraqi-militias-cross-into-syria"
        ></chronicle-timeline>
        <chronicle-card for="card-linked-timeline" style="max-width: 560px"></chronicle-card>`,
    ),
  play: async ({ canvasElement }) => {
    const el = cardIn(canvasElement);
    const timeline = canvasElement.querySelector('chronicle-timeline') as ChronicleTimeline;
    await waitFor(() => expect(titleOf(el)).toBe('Iraqi militias cross into Syria'));
    const denial = () =>
      allInShadow(el, '[part="link"]').find((b) => textOf(b) === 'PMF denies its groups entered Syria');
    await waitFor(() => expect(denial()).toBeTruthy());
    await userEvent.click(denial()!);
    await waitFor(() => expect(titleOf(el)).toBe('PMF denies its groups entered Syria'));
    await expect(timeline.selected).toBe('pmf-denies-entering-syria');
    // And the other way: selecting on the timeline changes the card.
    timeline.select('russia-war-in-ukraine');
    await waitFor(() => expect(titleOf(el)).toBe("Russia's war in Ukraine"));
  },
};
