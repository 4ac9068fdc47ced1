import { css } from 'lit';

export const cardStyles = css`
  article {
    padding: 12px 14px;
    border-inline-start: 4px solid var(--_c, var(--_line));
    background: var(--_tint);
  }
  h2 {
    margin: 0 0 4px;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .date {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  .summary {
    margin: 0 0 10px;
    font-size: 1.1em;
    line-height: 1.45;
  }
  .hidden-note {
    margin: 0 0 10px;
    padding: 4px 8px;
    border: 1px dashed var(--_line);
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0 0 10px;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  nav {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    border-top: 1px solid var(--_line);
    padding-top: 8px;
  }
  nav button {
    max-width: 48%;
    padding: 4px 8px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_bg);
    cursor: pointer;
    text-align: start;
  }
  nav button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  nav .next {
    margin-inline-start: auto;
    text-align: end;
  }
`;
