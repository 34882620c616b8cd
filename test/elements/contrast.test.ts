import { expect } from '@open-wc/testing';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { measureFields, measureText } from '../contrast.js';
import { fixtureUrl, until } from '../helpers.js';

// Every text the elements draw, in a light and a dark blog, with the reader's system in light and
// dark mode, with no `theme` and each of `auto`, `light` and `dark`: a feed with a slotted form
// (and a failed feed), a standalone card, standalone forms in their states, and a page's own
// light-DOM form. Each blog page is an iframe: Chromium and Firefox give an iframe the
// `prefers-color-scheme` of its element's `color-scheme`. WebKitGTK follows the system only; run
// it a second time with GTK_THEME=Adwaita:dark for the dark half.

const pages = {
  light: { background: '#ffffff', text: '#1a1a1a', link: '#0645ad' },
  dark: { background: '#121212', text: '#e8e8e8', link: '#8ab4f8' },
} as const;
const themes = ['none', 'auto', 'light', 'dark'] as const;

function blog(page: keyof typeof pages, theme: (typeof themes)[number]): string {
  const { background, text, link } = pages[page];
  const themed = theme === 'none' ? '' : `theme="${theme}"`;
  // A blog theme's usual rules: the body's colours, and paragraphs and links coloured for them.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <style>
      html, body { margin: 0; background: ${background}; color: ${text}; }
      body { padding: 16px; font: 18px/1.6 Georgia, serif; }
      p { color: ${text}; }
      a { color: ${link}; }
      /* Every card laid out at once (WebKit leaves an off-screen one unmeasured), colours unchanged. */
      paper-card { content-visibility: visible; }
    </style>
    <script type="module" src="/src/define.ts"></script></head><body>
    <paper-feed id="feed" src="${fixtureUrl('daily-papers.json')}" no-cache limit="2" searchable ${themed}>
      <subscribe-form slot="footer" action="/echo" min-time="0"><a slot="privacy" href="#p">Privacy policy</a></subscribe-form>
    </paper-feed>
    <paper-feed id="failed" src="${fixtureUrl('daily-papers.json', { status: 404 })}" no-cache timeout="2000" ${themed}></paper-feed>
    <paper-card ${themed} href="https://example.org/p" heading="A standalone card" authors="Ada One, Bo Two, Cy Three, Di Four"
      published="2024-06-23" venue="Journal of Example Studies" citations="321" upvotes="1234" comments="5" org="Example Lab" pdf="https://example.org/p.pdf" code="https://github.com/example/x">
      <p>The abstract, written in the post itself, with <em>emphasis</em>.</p>
    </paper-card>
    <subscribe-form id="invalid" ${themed} action="/echo" min-time="0" name-field consent="I agree to receive the papers.">
      <a slot="privacy" href="#p">Privacy policy</a>
    </subscribe-form>
    <subscribe-form id="success" ${themed} action="/echo" label-hidden></subscribe-form>
    <subscribe-form id="already" ${themed} action="/echo"></subscribe-form>
    <subscribe-form id="light-dom" ${themed}>
      <form action="/echo" method="post"><label>Email <input type="email" name="email"></label> <button>Join</button></form>
    </subscribe-form>
    </body></html>`;
}

const systemSchemeFollowsFrame = (['light', 'dark'] as const).every((scheme) => {
  const frame = document.createElement('iframe');
  frame.style.colorScheme = scheme;
  document.body.append(frame);
  const follows = frame.contentWindow!.matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
  frame.remove();
  return follows;
});

async function openBlog(page: keyof typeof pages, system: 'light' | 'dark', theme: (typeof themes)[number]) {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '4000';
  frame.style.colorScheme = system;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.srcdoc = blog(page, theme);
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  const doc = frame.contentDocument!;
  const feed = doc.querySelector<PaperFeedElement>('#feed')!;
  const failed = doc.querySelector<PaperFeedElement>('#failed')!;
  await until(() => view.customElements.get('paper-feed') !== undefined, 10_000, 'the elements');
  await until(() => feed.state === 'ready' && failed.state === 'error', 10_000, 'both feeds');
  await until(() => (feed.shadowRoot?.querySelectorAll('paper-card').length ?? 0) > 0, 5000, 'the cards');
  const invalid = doc.querySelector<SubscribeFormElement>('#invalid')!;
  // The form renders once its code has arrived (loaded when the first form connects).
  await invalid.updateComplete;
  invalid.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  for (const [id, state] of [
    ['success', 'success'],
    ['already', 'already-subscribed'],
    ['light-dom', 'pending-confirmation'],
  ] as const) {
    doc.querySelector<SubscribeFormElement>(`#${id}`)!.state = state;
  }
  const elements = [...doc.querySelectorAll('*'), ...feed.shadowRoot!.querySelectorAll('paper-card')];
  for (const element of elements) if ('updateComplete' in element) await element.updateComplete;
  return { frame, view, doc };
}

describe('contrast on any page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const page of ['light', 'dark'] as const) {
    for (const system of ['light', 'dark'] as const) {
      for (const theme of themes) {
        it(`should keep every text readable: ${page} blog, system ${system}, theme ${theme}`, async function () {
          if (!systemSchemeFollowsFrame && !matchMedia(`(prefers-color-scheme: ${system})`).matches) {
            this.skip();
          }
          this.timeout(30_000);
          const blogPage = await openBlog(page, system, theme);
          frame = blogPage.frame;
          const { view, doc } = blogPage;
          expect(view.matchMedia(`(prefers-color-scheme: ${system})`).matches, 'system scheme').to.equal(true);
          const measured = measureText(doc.body, view);
          const failures = [...measured, ...measureFields(doc.body, view)]
            .filter((entry) => 'problem' in entry || entry.ratio < entry.needed)
            .map((entry) =>
              'problem' in entry
                ? `"${entry.text}" (${entry.where}): ${entry.problem}`
                : `"${entry.text.slice(0, 40)}" (${entry.where}): ${entry.ratio}:1, needs ${entry.needed}:1`,
            );
          expect(failures).to.deep.equal([]);
          const texts = measured.map((entry) => entry.text).join(' | ');
          // The walk reaches shadow-DOM chrome, slotted light-DOM text and every state's message.
          for (const expected of [
            'Daily Papers',
            'Updated',
            'The abstract, written in the post itself',
            'A standalone card',
            'Journal of Example Studies',
            '321 citations',
            'Privacy policy',
            'Please enter a valid email address.',
            'Thanks — you’re subscribed!',
            'already subscribed',
            'check your inbox',
            'Retry',
            'Email address',
          ]) {
            expect(texts).to.contain(expected);
          }
        });
      }
    }
  }
});
