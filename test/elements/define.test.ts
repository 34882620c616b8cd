import { expect } from '@open-wc/testing';
import { version } from '../../src/version.js';
import { openFrame, until } from '../helpers.js';

/** What each define module said on the console while another copy held its tag. */
const warnings: string[] = [];

class OlderCard extends HTMLElement {
  static version = '0.0.1';
}
class SameVersionForm extends HTMLElement {
  static version = version;
}
class SomeoneElsesFeed extends HTMLElement {}

describe('registration: define next to another copy of the package', () => {
  before(async () => {
    // Another copy got to the page first: an older card, the same version's form, and a
    // <paper-feed> from some other library.
    customElements.define('paper-card', OlderCard);
    customElements.define('subscribe-form', SameVersionForm);
    customElements.define('paper-feed', SomeoneElsesFeed);
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      await import('../../src/define.js');
    } finally {
      console.warn = warn;
    }
  });

  it('should leave the tag to the copy that holds it, and warn naming the tag and both versions', () => {
    expect(customElements.get('paper-card') === OlderCard).to.equal(true);
    const card = warnings.filter((warning) => warning.includes('<paper-card>'));
    expect(card).to.have.length(1);
    expect(card[0]).to.contain('paper-feed 0.0.1').and.contain(`paper-feed ${version}`);
  });

  it('should say so when the holder has no version it can tell', () => {
    expect(customElements.get('paper-feed') === SomeoneElsesFeed).to.equal(true);
    const feed = warnings.filter((warning) => warning.includes('<paper-feed>'));
    expect(feed).to.have.length(1);
    expect(feed[0]).to.contain('an unknown version').and.contain(`paper-feed ${version}`);
  });

  it('should stay silent when the holder is the same version', () => {
    expect(warnings.filter((warning) => warning.includes('<subscribe-form>'))).to.deep.equal([]);
    expect(warnings).to.have.length(2);
  });

  it('should carry the version package.json says on every element class', async () => {
    const { version: packageVersion } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(packageVersion);
    const { PaperCardElement, PaperFeedElement, SubscribeFormElement } = await import('../../src/index.js');
    for (const element of [PaperCardElement, PaperFeedElement, SubscribeFormElement]) {
      expect(element.version).to.equal(version);
    }
  });

  it('should let the script-tag file and the same version’s npm build meet on one page in silence', async () => {
    const frame = await openFrame('/test/pages/two-copies.html');
    try {
      const page = frame.contentWindow as Window & { warnings?: string[]; npmLoaded?: boolean };
      await until(() => page.npmLoaded === true, 8000, 'the npm build in the frame');
      // Lit's own dev-mode notice is no clash.
      expect(page.warnings?.filter((warning) => warning.includes('already defined'))).to.deep.equal([]);
      expect(page.customElements.get('paper-feed')).to.not.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
