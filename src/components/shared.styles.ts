import { css } from 'lit';

/** Colours, font and focus ring every companion element shares with the timeline. */
export const sharedStyles = css`
  :host {
    --_bg: var(--chronicle-background, Canvas);
    --_fg: var(--chronicle-color, CanvasText);
    --_muted: color-mix(in srgb, var(--_fg) 62%, var(--_bg));
    --_line: color-mix(in srgb, var(--_fg) 18%, var(--_bg));
    --_tint: color-mix(in srgb, var(--_fg) 5%, var(--_bg));
    /* The system's highlight, moved toward the text colour: it keeps 3:1 against a light and a dark
       background alike (Highlight alone is a dark blue in a dark colour scheme). */
    --_focus: var(--chronicle-focus-color, color-mix(in srgb, Highlight 60%, var(--_fg)));
    display: block;
    font-family: var(--chronicle-font-family, system-ui, sans-serif);
    font-size: var(--chronicle-font-size, 12px);
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* The timeline's own dark colours, so parts side by side match. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--chronicle-background, #15171a);
      --_fg: var(--chronicle-color, #e8e6e3);
    }
  }
  /* theme="dark" or "light" forces one, whatever the reader's system prefers. */
  :host([theme='dark']) {
    color-scheme: dark;
    --_bg: var(--chronicle-background, #15171a);
    --_fg: var(--chronicle-color, #e8e6e3);
  }
  :host([theme='light']) {
    color-scheme: light;
    --_bg: var(--chronicle-background, Canvas);
    --_fg: var(--chronicle-color, CanvasText);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .empty {
    margin: 0;
    padding: 12px;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A category's shape in its colour; in forced colours, the shape alone. */
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.15em;
    /* The marks' edge colour (see the timeline): 3:1 against the background in light and dark. */
    fill: color-mix(in srgb, var(--_c) 75%, var(--_fg));
    stroke: none;
  }
  @media (forced-colors: active) {
    .swatch {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;

/** The loading, error and warning messages of elements that take data. */
export const dataStateStyles = css`
  .status,
  .error,
  .warning {
    margin: 0;
    padding: 12px;
  }
  .warning {
    border-inline-start: 4px solid var(--chronicle-warning-color, #b36b00);
    background: color-mix(in srgb, var(--chronicle-warning-color, #b36b00) 8%, var(--_bg, Canvas));
    margin-block-end: 8px;
  }
  .warning p {
    margin: 0 0 4px;
  }
  .warning ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .status {
    color: var(--_muted, GrayText);
  }
  .error {
    border-inline-start: 4px solid var(--chronicle-error-color, #b00020);
    background: color-mix(in srgb, var(--chronicle-error-color, #b00020) 8%, var(--_bg, Canvas));
  }
  .error p {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  @media (forced-colors: active) {
    .error,
    .warning {
      border-color: CanvasText;
    }
  }
`;
