import { expect, fixture } from '@open-wc/testing';
import '../../src/paper-card/paper-card.define.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { deleteDatabase, uniqueName, until, type RecordedRequest } from '../helpers.js';
import { mountForm as signUpForm } from '../subscribe-form-harness.js';

// Page markup the widget did not write (a comment, a CMS block) names elements after properties
// of `document` and of forms; documents and forms let such names override even their built-ins.
// Each case puts that markup on this page and checks that every element still works: the feed
// loads from a relative `src`, a standalone card links to a relative `href`, the form sends to a
// relative `action`.

/** Markup that shadows `document.baseURI` (and the other document properties the widget reads). */
const documentCases: Record<string, string> = {
  'an <img name="baseURI">': '<img name="baseURI" alt="">',
  'two <img name="baseURI">s (a collection)': '<img name="baseURI" alt=""><img name="baseURI" alt="">',
  'a <form name="baseURI">': '<form name="baseURI"></form>',
  'an <object id="baseURI">': '<object id="baseURI"></object>',
  'an <iframe name="baseURI">': '<iframe name="baseURI" title="x"></iframe>',
  'an <img id="baseURI"> with a name': '<img id="baseURI" name="picture" alt="">',
  'images named currentScript, scripts ×2 and baseURI':
    '<img name="currentScript" alt=""><img name="scripts" src="/trap/x/paper-feed.js" alt=""><img name="scripts" alt=""><img name="baseURI" alt="">',
};

const pageMarkup: HTMLElement[] = [];
function onThePage(markup: string): void {
  const comment = document.createElement('div');
  comment.innerHTML = markup;
  document.body.prepend(comment);
  pageMarkup.push(comment);
}

afterEach(async () => {
  for (const element of pageMarkup.splice(0)) element.remove();
  await deleteDatabase();
});

/** Types an address into `form`'s email field and submits; resolves with what the endpoint received. */
async function send(form: SubscribeFormElement, key: string): Promise<RecordedRequest | null> {
  const root = form.querySelector('form') ? form : form.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[type=email]')!.value = 'reader@example.com';
  root.querySelector<HTMLButtonElement>('button')!.click();
  await until(() => form.state !== 'idle' && form.state !== 'submitting', 8000, 'the sign-up');
  expect(form.state).to.equal('success');
  return (await (await fetch(`/echo?key=${key}`)).json()) as RecordedRequest | null;
}

const cardLink = (card: PaperCardElement) =>
  card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"], a')?.href;

describe('markup that shadows document properties', () => {
  for (const [name, markup] of Object.entries(documentCases)) {
    describe(`with ${name} on the page`, () => {
      beforeEach(() => {
        onThePage(markup);
      });

      it('should load a feed from a relative src', async () => {
        const feed = document.createElement('paper-feed');
        feed.setAttribute('src', '/fixture/daily-papers.json');
        feed.setAttribute('no-cache', '');
        const element = await fixture<PaperFeedElement>(feed);
        await until(() => element.state !== 'loading', 8000, 'the feed to settle');
        expect(element.state).to.equal('ready');
        expect(element.papers).to.have.length(5);
      });

      it('should keep a standalone card linked to a relative href', async () => {
        const card = document.createElement('paper-card');
        card.setAttribute('heading', 'A standalone card');
        card.setAttribute('href', '/papers/2406.16218');
        const element = await fixture<PaperCardElement>(card);
        expect(cardLink(element)).to.equal(`${location.origin}/papers/2406.16218`);
      });

      it('should send a sign-up to a relative action', async () => {
        const key = uniqueName('clobbered');
        const form = await signUpForm({ action: `/echo?key=${key}` });
        const sent = await send(form, key);
        expect(JSON.parse(sent?.body ?? '{}')).to.include({ email: 'reader@example.com' });
      });
    });
  }
});

// A form's named fields override its methods: `form.getAttribute` is the field named getAttribute.
const fieldNames = ['getAttribute', 'querySelector'];
const everyName = [
  ...fieldNames,
  'action',
  'method',
  'elements',
  'submit',
  'reset',
  'requestSubmit',
  'checkValidity',
  'getRootNode',
  'addEventListener',
  'dispatchEvent',
  'id',
  'name',
  'length',
];

const lightForm = (key: string, names: string[]) => `<form action="/echo?key=${key}" method="post">
  <input type="email" name="email" aria-label="Email">
  ${names.map((name) => `<input type="hidden" name="${name}" value="${name}-value">`).join('')}
  <button type="submit">Subscribe</button>
</form>`;

describe('a page form whose fields shadow its own properties', () => {
  for (const name of [...fieldNames.map((field) => [field]), everyName]) {
    it(`should send when fields are named ${name.join(', ')}`, async () => {
      const key = uniqueName('clobbered');
      const form = await signUpForm({}, lightForm(key, name));
      const sent = await send(form, key);
      const body = new URLSearchParams(sent?.body);
      expect(body.get('email')).to.equal('reader@example.com');
      for (const field of name) expect(body.get(field)).to.equal(`${field}-value`);
    });
  }

  it('should leave alone a second form whose field shadows getRootNode', async () => {
    const key = uniqueName('clobbered');
    const form = await signUpForm({}, `${lightForm(key, [])}<form><input name="getRootNode"></form>`);
    const errors: unknown[] = [];
    const caught = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', caught);
    const other = form.querySelectorAll('form')[1]!;
    other.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    other.requestSubmit();
    window.removeEventListener('error', caught);
    expect(errors).to.deep.equal([]);
    expect(form.state).to.equal('idle');
  });

  it('should read the language of a page form whose field shadows getAttribute', async () => {
    const host = await fixture<HTMLFormElement>(
      '<form lang="de"><input name="getAttribute"><paper-card heading="Ein Artikel" href="/papers/1" published="2024-06-23"></paper-card></form>',
    );
    const card = host.querySelector<PaperCardElement>('paper-card')!;
    await card.updateComplete;
    expect(cardLink(card)).to.equal(`${location.origin}/papers/1`);
    expect(card.shadowRoot!.querySelector('[part="date"]')?.textContent.trim()).to.equal('23.06.2024');
  });
});
