import { css } from 'lit';
import { themeStyles } from '../styles/theme.js';

export const subscribeFormStyles = [
  themeStyles,
  css`
    form {
      display: grid;
      gap: var(--_space-s);
      padding: var(--_space-m);
      background: var(--subscribe-form-background, var(--_surface-subtle));
      border: 1px solid var(--_border);
      border-radius: var(--subscribe-form-radius, var(--_radius));
    }
    .heading {
      margin: 0;
      font-weight: 650;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    input:not([type='checkbox']) {
      flex: 1 1 12rem;
      min-width: 0;
      font: inherit;
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-s);
      background: var(--_surface);
      color: var(--_text);
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: var(--_space-xs) var(--_space-m);
      border: 0;
      border-radius: var(--_radius-s);
      background: var(--subscribe-form-button-background, var(--_accent));
      color: var(--_on-accent);
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.7;
      cursor: progress;
    }
    .status {
      margin: 0;
      min-height: 1.5em;
      font-size: 0.875em;
    }
    .consent {
      display: flex;
      gap: var(--_space-s);
      align-items: baseline;
      font-size: 0.875em;
    }
    .bot {
      position: absolute;
      left: -10000px;
    }
    .status.error {
      color: var(--_danger);
    }
    .status.success,
    .status.pending-confirmation,
    .status.already-subscribed {
      color: var(--_success);
    }
  `,
];
