import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-card/paper-card.define.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';
import { openFrame } from '../helpers.js';

// A standalone card carries its title and link in light DOM: readable, and followable, without JavaScript.

const title = (card: PaperCardElement) => card.shadowRoot!.querySelector('[part~="title"]')!;

describe('<paper-card> with its heading in light DOM', () => {
  it('should show the page title link from the heading slot, once', async () => {
    const card = await fixture<PaperCardElement>(
      html`<paper-card authors="Ching-An Cheng, Allen Nie"
        ><a slot="heading" href="https://huggingface.co/papers/2406.16218">Trace is the New AutoDiff</a>The
        abstract.</paper-card
      >`,
    );
    const slot = title(card).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    const link = card.querySelector('a[slot="heading"]')!;
    expect(slot.assignedElements().length === 1 && slot.assignedElements()[0] === link).to.equal(true);
    // Its own title from attributes is the slot's fallback: not shown beside it.
    const fallback = title(card).querySelector('a');
    expect(fallback === null || fallback.getClientRects().length === 0).to.equal(true);
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    expect(card.shadowRoot!.querySelector('[part~="authors"]')!.textContent).to.contain('Allen Nie');
    await expect(card).to.be.accessible();
  });

  it('should take a heading slotted after it rendered, over the heading attribute', async () => {
    const card = await fixture<PaperCardElement>(
      html`<paper-card heading="From the attribute" href="https://example.org/a">The abstract.</paper-card>`,
    );
    expect(title(card).textContent.trim()).to.equal('From the attribute');
    const link = document.createElement('a');
    link.slot = 'heading';
    link.href = 'https://example.org/b';
    link.textContent = 'From the page';
    card.prepend(link);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    const slot = title(card).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements().length === 1 && slot.assignedElements()[0] === link).to.equal(true);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('should read well on a page that never loads the script: title link above the abstract', async () => {
    const frame = await openFrame('/test/pages/no-script.html');
    try {
      const page = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('paper-card')).to.equal(undefined);
      const link = page.querySelector<HTMLAnchorElement>('paper-card > a[slot="heading"]')!;
      expect(link.href).to.equal('https://huggingface.co/papers/2406.16218');
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      // The documented :not(:defined) style puts the title on a line of its own.
      expect(frame.contentWindow!.getComputedStyle(link).display).to.equal('block');
      const abstract = page.createRange();
      abstract.selectNodeContents(page.querySelector('paper-card')!.lastChild!);
      expect(abstract.getBoundingClientRect().top).to.be.at.least(box.bottom - 1);
      expect(page.querySelector('paper-feed > a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});
