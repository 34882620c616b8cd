import { expect } from '@open-wc/testing';
import { openFrame, requestStats, until, type RecordedRequest } from './helpers.js';
import { siblingFile, siblingsRequested } from './siblings.js';

// A comment on the page names images after document.currentScript, document.scripts (twice, so
// it is a collection whose `src`s point at a stranger's server, /trap/ on the test server) and
// document.baseURI. These pages load dist/paper-feed.js (build it first) in the three ways a
// blogger writes the tag: classic right after the comment, `defer`, and `type="module"`.
describe('dist/paper-feed.js on a page whose markup shadows document properties', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const kind of ['classic', 'defer', 'module']) {
    it(`should import the virtualizer from its own folder, link cards and send sign-ups (${kind} script)`, async function () {
      this.timeout(40_000);
      frame = await openFrame(`/test/pages/clobbered-${kind}.html`);
      const page = frame.contentWindow as Window & typeof globalThis & { strangerRan?: number };
      const { document } = page;
      const feed = document.querySelector('paper-feed')!;
      feed.scrollIntoView();
      const imported = () => siblingsRequested(page, 'virtualizer');
      await until(
        () => imported().length > 0 && !!feed.shadowRoot?.querySelector('.virtual'),
        20_000,
        'the virtualizer',
      );
      await until(() => !!feed.shadowRoot!.querySelector('.virtual paper-card'), 10_000, 'the virtualized cards');
      expect(imported().map((path) => path.startsWith('/dist/paper-feed-virtualizer.'))).to.deep.equal([true]);
      expect((await requestStats(`/trap/clobbered-${kind}/x/${await siblingFile('virtualizer')}`)).requests).to.equal(
        0,
      );
      expect(page.strangerRan).to.equal(undefined);
      expect(feed.papers).to.have.length(300);

      const card = document.querySelector('body > paper-card')!;
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
      expect(link?.href).to.equal(`${location.origin}/papers/2406.16218`);

      const form = document.querySelector('subscribe-form')!;
      document.querySelector<HTMLInputElement>('subscribe-form input[type=email]')!.value = 'reader@example.com';
      document.querySelector<HTMLButtonElement>('subscribe-form button')!.click();
      await until(() => form.getAttribute('state') === 'success', 8000, 'the sign-up');
      const sent = (await (await fetch(`/echo?key=clobbered-${kind}`)).json()) as RecordedRequest | null;
      expect(new URLSearchParams(sent?.body).get('email')).to.equal('reader@example.com');
    });
  }

  it('should start, render, style and virtualize when elements are named after what Lit and the virtualizer read', async function () {
    this.timeout(40_000);
    frame = await openFrame('/test/pages/clobbered-globals.html');
    const { document } = frame.contentWindow!;
    const [feed, big] = [...document.querySelectorAll('paper-feed')];
    await until(() => (feed!.shadowRoot?.querySelectorAll('paper-card').length ?? 0) === 5, 8000, 'the cards');
    const card = document.querySelector('body > paper-card')!;
    expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')?.href).to.equal(
      `${location.origin}/papers/2406.16218`,
    );
    // Styled through constructable style sheets, not the <style> fallback a ShadyCSS polyfill asks for.
    expect(card.shadowRoot!.adoptedStyleSheets).to.not.have.length(0);
    expect(card.shadowRoot!.querySelector('style')).to.equal(null);
    big!.scrollIntoView();
    await until(() => !!big!.shadowRoot?.querySelector('.virtual paper-card'), 20_000, 'the virtualized cards');
    await until(
      () => big!.shadowRoot!.querySelector('.virtual')!.getBoundingClientRect().height > 10_000,
      8000,
      'the full height',
    );
    // The cards above pushed the long feed down while it loaded: bring it back into view; the
    // virtualizer settles its range a frame or two later.
    big!.scrollIntoView();
    await until(() => !!big!.shadowRoot!.querySelector('.virtual paper-card'), 8000, 'the cards in view');
    expect(big!.shadowRoot!.querySelectorAll('paper-card').length).to.be.within(1, 60);
  });
});
