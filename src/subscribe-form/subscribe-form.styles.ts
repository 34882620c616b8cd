import { css } from 'lit';

/**
 * The form's own styles, adopted when its code arrives (load-subscribe-form.ts) after the shared
 * theme, which the element carries from the start.
 */
export const subscribeFormStyles = css`
  form {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    background: var(--subscribe-form-background, var(--_surface-subtle));
    border: 1px solid var(--_border);
    border-radius: var(--subscribe-form-radius, var(--_radius));
    color: var(--_text);
    color-scheme: var(--_scheme);
  }
  .heading {
    margin: 0;
    font-weight: 650;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .field {
    flex: 1 1 12rem;
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .label {
    font-size: 0.875em;
    font-weight: 600;
  }
  input:not([type='checkbox']) {
    width: 100%;
    min-width: 0;
    font: inherit;
    padding: var(--_space-xs) var(--_space-s);
    /* WCAG 1.4.11: the edge of a field is at least 3:1 against the field and the banner. */
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: var(--_text);
  }
  input::placeholder {
    color: var(--_text-muted);
    opacity: 1;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: var(--subscribe-form-button-background, var(--_accent));
    color: var(--_on-accent);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.7;
    cursor: progress;
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
  .status {
    display: flex;
    gap: var(--_space-xs);
    align-items: baseline;
    margin: 0;
    font-size: 0.875em;
  }
  /* No message, no line: the live region stays, out of the layout, for the next message. */
  .status.quiet {
    position: absolute;
  }
  .status .icon {
    flex: none;
    align-self: center;
    width: 1.15em;
    height: 1.15em;
  }
  .icon circle {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .icon rect {
    fill: currentColor;
  }
  .icon polyline {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }
  /* Inside the form's own surface the message takes its colour; with a page's light-DOM form
     it sits on the page and keeps the page's text colour, the icon saying what it is. */
  form .status.error {
    color: var(--_danger);
  }
  form .status.success,
  form .status.pending-confirmation {
    color: var(--_success);
  }
  form .status.already-subscribed {
    color: var(--_text);
  }
  /* The privacy link is the page's markup on the form's surface: it takes the form's colours. */
  ::slotted([slot='privacy']) {
    color: inherit !important;
    font-size: 0.875em;
  }
`;
