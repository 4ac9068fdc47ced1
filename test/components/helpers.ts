// Shared by the component tests: mount a timeline at a width, wait for a condition, query its shadow tree.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';

/** Mounts `template` in a box `width` pixels wide and waits for the chart. */
export async function timeline(
  width: number,
  template: TemplateResult = html`<chronicle-timeline></chronicle-timeline>`,
) {
  const el = await fixture<ChronicleTimeline>(html`<div style="width:${width}px">${template}</div>`).then(
    (div) => div.firstElementChild as ChronicleTimeline,
  );
  await until(() => !!el.shadowRoot!.querySelector('svg'));
  await el.updateComplete;
  return el;
}

/** Waits for `check`; on time-out says what it waited for and where focus and the view were. */
export async function until(check: () => boolean, ms = 3000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) {
      const el = document.querySelector('chronicle-timeline') as ChronicleTimeline | null;
      const active = el?.shadowRoot?.activeElement as HTMLElement | null | undefined;
      const range = el?.visibleRange.map((t) => new Date(t).toISOString().slice(0, 16)).join(' to ');
      throw new Error(
        `timed out waiting for ${check.toString()}; view ${range}; focus on ${active?.dataset?.id ?? active?.tagName ?? document.activeElement?.tagName}`,
      );
    }
    await new Promise((r) => setTimeout(r, 16));
  }
}

export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];

/** The first match of `sel` in `root`'s shadow tree. */
export const inner = <T extends Element = HTMLElement>(root: Element, sel: string) =>
  root.shadowRoot!.querySelector<T>(sel)!;
/** Every match of `sel` in `root`'s shadow tree. */
export const innerAll = (root: Element, sel: string) => [...root.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
/** An element's text with its whitespace collapsed, as a reader sees it. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Waits until the visible range stops moving (an eased zoom or pan has ended): unchanged for 150 ms,
 * which also covers an eased move whose first frame a loaded machine starts late.
 */
export async function settled(el: ChronicleTimeline) {
  let last = '';
  let since = performance.now();
  await until(() => {
    const now = el.visibleRange.join();
    if (now !== last) {
      last = now;
      since = performance.now();
    }
    return performance.now() - since >= 150;
  });
}

/** `[r, g, b]` (0 to 255) of a computed colour: `rgb(…)`, `rgba(…)` or `color(srgb …)`. */
export function rgbOf(color: string): [number, number, number] {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(color);
  if (srgb) return [1, 2, 3].map((i) => Number(srgb[i]) * 255) as [number, number, number];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(color);
  if (!rgb) throw new Error(`not a colour: ${color}`);
  return [1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number];
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = rgbOf(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
