import { html, type TemplateResult } from 'lit';

/** The dark theme the stories use: the timeline's own dark colours, set through the public custom properties. */
export const DARK_BACKGROUND = '#15171a';
export const DARK_COLOR = '#e8e6e3';
const darkStyle = `color-scheme: dark; --chronicle-background: ${DARK_BACKGROUND}; --chronicle-color: ${DARK_COLOR}; --chronicle-focus-color: #8ab4f8; background: ${DARK_BACKGROUND}; color: ${DARK_COLOR}; padding: 12px;`;

/** The box a story draws its element in: at most `width` wide, light or dark. */
export const frame = (width: string, dark: boolean, content: TemplateResult) =>
  html`<div class="story-frame" style="max-width:${width}; ${dark ? darkStyle : ''}">${content}</div>`;

/** `rgb(r, g, b)` for a `#rrggbb` colour, as getComputedStyle reports it. */
export const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The first match of `selector` in `host`'s shadow root. */
export const inShadow = <T extends Element = HTMLElement>(
  host: Element | null | undefined,
  selector: string,
): T | null => host?.shadowRoot?.querySelector<T>(selector) ?? null;

/** Every match of `selector` in `host`'s shadow root. */
export const allInShadow = <T extends Element = HTMLElement>(
  host: Element | null | undefined,
  selector: string,
): T[] => [...(host?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];

/** An element's text with its whitespace collapsed, as a reader sees it. */
export const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Stands in for `fetch` while a story is shown: requests whose URL contains `never-answers` stay
 * pending until they are cancelled (as the element does when it leaves the page).
 */
export function holdFetch(): () => void {
  const real = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('never-answers')
      ? new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        )
      : real(input, init);
  return () => {
    window.fetch = real;
  };
}
