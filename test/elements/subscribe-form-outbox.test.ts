import { expect, fixture } from '@open-wc/testing';
import { Outbox, type OutboxItem } from '../../src/data/subscribe/outbox.js';
import type { SignUpRequest } from '../../src/data/subscribe/providers.js';
import { SignUpUnavailableError } from '../../src/data/subscribe/send-sign-up.js';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import {
  deleteDatabase,
  fixtureUrl,
  nextEvent,
  openFrame,
  requestStats,
  setSwitch,
  uniqueName,
  until,
  type RecordedRequest,
} from '../helpers.js';

// Reader's pages: test/pages/subscribe.html loads dist/paper-feed.js (npm test builds it) and has one
// <subscribe-form min-time="0" timeout="3000"> whose attributes come from the query. Its outbox is
// the shared default.
async function page(action: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const query = new URLSearchParams({ action, ...attributes });
  const frame = await openFrame(`/test/pages/subscribe.html?${query.toString()}`);
  await until(() => Boolean(formIn(frame).shadowRoot?.querySelector('input')), 8000, 'the form to upgrade');
  return frame;
}

/** Reloads the reader's page, as the reader would, and waits for the form to be back. */
async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.contentWindow!.location.reload();
  await loaded;
  await until(() => Boolean(formIn(frame).shadowRoot?.querySelector('input')), 8000, 'the reloaded form');
}

const statusIn = (frame: HTMLIFrameElement) =>
  formIn(frame).shadowRoot!.querySelector('[part="status"]')!.textContent.trim();

// Another origin of the same test server: a provider's endpoint, whose answers the page may not read.
const otherOrigin = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

const formIn = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector<SubscribeFormElement>('subscribe-form')!;

function signUp(frame: HTMLIFrameElement, email: string): void {
  const form = formIn(frame);
  form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = email;
  form.shadowRoot!.querySelector('button')!.click();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The outbox's items as stored, read past the Outbox class (which caps what it reads). */
async function getRaw(database: string): Promise<OutboxItem[]> {
  return rawStore(database, 'readonly', (store) => store.getAll()) as Promise<OutboxItem[]>;
}

/** Writes `item` as another page (or another version) would have left it. */
async function putRaw(database: string, item: OutboxItem): Promise<void> {
  await rawStore(database, 'readwrite', (store) => store.put(item, item.id));
}

function rawStore(
  database: string,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onsuccess = () => {
      const connection = open.result;
      const request = run(connection.transaction('outbox', mode).objectStore('outbox'));
      request.onsuccess = () => {
        connection.close();
        resolve(request.result);
      };
      request.onerror = () => {
        connection.close();
        reject(request.error ?? new Error('raw outbox request failed'));
      };
    };
    open.onerror = () => {
      reject(open.error ?? new Error('could not open the outbox'));
    };
  });
}

describe('<subscribe-form> outbox across pages', () => {
  let key: string;
  let down: string;
  let frames: HTMLIFrameElement[];
  beforeEach(() => {
    key = uniqueName('request');
    down = uniqueName('switch');
    frames = [];
  });
  afterEach(() => {
    for (const frame of frames) frame.remove();
  });

  it('should deliver a sign-up queued while the server was down exactly once, after the page is reloaded', async () => {
    const action = fixtureUrl('-', { status: 201, key, down });
    const frame = await page(action);
    frames.push(frame);
    signUp(frame, 'reader@example.org');
    await until(() => formIn(frame).state === 'queued', 8000, 'queued');

    await reload(frame);
    // The reader sees the sign-up still waits, not an empty form.
    await until(() => formIn(frame).state === 'queued', 3000, 'the reloaded form to show the waiting sign-up');
    expect(statusIn(frame)).to.contain('offline');
    expect(formIn(frame).shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value).to.equal(
      'reader@example.org',
    );
    await setSwitch(down, true);

    await until(() => formIn(frame).state === 'success', 9000, 'the delivery after the reload');
    // Delivered, the field clears, as after any success.
    const input = formIn(frame).shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    expect(input.value).to.equal('');
    await pause(1500);
    const stats = await requestStats(key);
    expect(stats.delivered).to.equal(1);
    expect(stats.keys[0]).to.match(/^[0-9a-f-]{36}$/);
  });

  it('should deliver a sign-up the server answered 500 exactly once, on the next page load', async () => {
    // Retry-After (2 s, longer than the first backoff) keeps the first page from retrying before the reload.
    const action = fixtureUrl('-', { status: 201, key, 'fail-first': 1, 'fail-status': 500, header: 'Retry-After:2' });
    const frame = await page(action);
    frames.push(frame);
    signUp(frame, 'reader@example.org');
    await until(() => formIn(frame).state === 'queued', 8000, 'queued');
    expect(formIn(frame).shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('having trouble');

    frame.contentWindow!.location.reload();
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
    await until(() => Boolean(formIn(frame).shadowRoot?.querySelector('input')), 8000, 'the reloaded form');
    expect((await requestStats(key)).requests).to.equal(1);

    await until(() => formIn(frame).state === 'success', 9000, 'the delivery after the reload');
    // Delivered, the field clears, as after any success.
    const input = formIn(frame).shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    expect(input.value).to.equal('');
    await pause(1500);
    const stats = await requestStats(key);
    expect(stats).to.include({ requests: 2, delivered: 1 });
    expect(stats.sentKeys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(stats.sentKeys).to.deep.equal([stats.sentKeys[0], stats.sentKeys[0]]);
    expect(stats.keys).to.deep.equal([stats.sentKeys[0]]);
  });

  it('should show a sign-up parked by a 503 with Retry-After: 99999999 as queued after a reload, for a day at most', async () => {
    const action = fixtureUrl('-', { status: 503, key, header: 'Retry-After:99999999' });
    const frame = await page(action);
    frames.push(frame);
    signUp(frame, 'reader@example.org');
    await until(() => formIn(frame).state === 'queued', 8000, 'queued');
    await reload(frame);
    await until(() => formIn(frame).state === 'queued', 3000, 'the reloaded form to show the waiting sign-up');
    expect(statusIn(frame)).to.contain('having trouble');
    const [item] = await new Outbox().pending(action);
    expect(item!.retryAt! - Date.now()).to.be.within(86_000_000, 86_400_000);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should not send a slow no-cors sign-up again when the reader reloads while it is in flight', async () => {
    const action = `${otherOrigin}/fixture/-?status=201&delay=2500&key=${key}`;
    const frame = await page(action, { provider: 'kit', 'form-id': '123' });
    frames.push(frame);
    signUp(frame, 'reader@example.org');
    await until(() => formIn(frame).state === 'submitting', 3000, 'submitting');
    await pause(400);
    expect((await requestStats(key)).requests).to.equal(1);
    await reload(frame);
    await until(() => formIn(frame).state === 'queued', 3000, 'the reloaded form to show the sign-up in flight');
    await pause(4000);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should send a sign-up queued offline once when the reader reloads as the browser comes back online', async () => {
    const action = fixtureUrl('-', { status: 201, key, down, delay: 1500 });
    const frame = await page(action);
    frames.push(frame);
    signUp(frame, 'reader@example.org');
    await until(() => formIn(frame).state === 'queued', 8000, 'queued');
    const refused = (await requestStats(key)).requests;
    await setSwitch(down, true);
    frame.contentWindow!.dispatchEvent(new Event('online'));
    for (let tries = 0; tries < 100 && (await requestStats(key)).requests === refused; tries++) await pause(20);
    await reload(frame);
    await until(() => formIn(frame).state === 'queued', 3000, 'the reloaded form to show the sign-up in flight');
    await pause(4000);
    const stats = await requestStats(key);
    expect(stats.requests - refused).to.equal(1);
    expect(stats.delivered).to.equal(1);
  });

  it('should deliver a queued sign-up once when two pages retry it at the same moment, and tell the page that queued it', async () => {
    const action = fixtureUrl('-', { status: 201, key, down, delay: 500 });
    const [a, b] = [await page(action), await page(action)];
    frames.push(a, b);
    signUp(a, 'reader@example.org');
    await until(() => formIn(a).state === 'queued', 8000, 'queued');
    await setSwitch(down, true);
    a.contentWindow!.dispatchEvent(new Event('online'));
    b.contentWindow!.dispatchEvent(new Event('online'));
    // Whichever page sent it, the page the reader queued it on hears that it went through.
    await until(() => formIn(a).state === 'success', 8000, 'the delivery, told to the page that queued it');
    await pause(1500);
    expect((await requestStats(key)).delivered).to.equal(1);
  });
});

describe('Outbox', () => {
  const request = (url: string): SignUpRequest => ({
    url,
    encoding: 'json',
    body: { email: 'reader@example.org' },
    cors: true,
  });
  let name: string;
  beforeEach(() => {
    name = uniqueName('outbox');
  });
  afterEach(async () => {
    await deleteDatabase(name);
  });

  it('should send an item once when two pages flush it at once', async () => {
    const key = uniqueName('request');
    const url = fixtureUrl('-', { status: 201, key, delay: 300 });
    const [one, two] = [new Outbox({ databaseName: name }), new Outbox({ databaseName: name })];
    const item = await one.add('reader@example.org', request(url));
    const deliveries = (await Promise.all([one.flush(url), two.flush(url)])).flat();
    expect(deliveries).to.have.length(1);
    expect(deliveries[0]).to.deep.include({ outcome: 'success' });
    expect(await two.pending(url)).to.deep.equal([]);
    expect(await requestStats(key)).to.include({ requests: 1, delivered: 1 });
    expect((await requestStats(key)).keys).to.deep.equal([item.id]);
  });

  it('should keep one item when two pages add the same sign-up at once', async () => {
    const url = fixtureUrl('-', { status: 201 });
    const [one, two] = [new Outbox({ databaseName: name }), new Outbox({ databaseName: name })];
    for (let round = 0; round < 5; round++) {
      const [a, b] = await Promise.all([
        one.add('reader@example.org', request(url)),
        two.add('reader@example.org', request(url)),
      ]);
      expect(a.id).to.equal(b.id);
    }
    expect(await one.pending(url)).to.have.length(1);
  });

  it('should leave an item a page holds the lease on, though that page is gone, until the lease has expired', async () => {
    const key = uniqueName('request');
    const url = fixtureUrl('-', { status: 201, key });
    const outbox = new Outbox({ databaseName: name });
    const item = await outbox.add('reader@example.org', request(url));
    // What a page that was reloaded mid-request leaves behind: its lease, with no lock or page holding it.
    await putRaw(name, { ...item, claim: Date.now() + 30_000 });
    expect(await outbox.flush(url, undefined, Infinity)).to.deep.equal([]);
    expect(await outbox.deliver(item.id, true)).to.equal(undefined);
    expect((await requestStats(key)).requests).to.equal(0);
    await putRaw(name, { ...item, claim: Date.now() - 1 });
    const [delivered] = await outbox.flush(url);
    expect(delivered).to.deep.include({ outcome: 'success' });
    expect((await requestStats(key)).keys).to.deep.equal([item.id]);
  });

  it('should keep the request going past the reader’s wait, and settle the item by its answer, sent once', async () => {
    const key = uniqueName('request');
    const url = fixtureUrl('-', { status: 201, key, delay: 1500 });
    const outbox = new Outbox({ databaseName: name });
    const item = await outbox.add('reader@example.org', request(url));
    const heard = new Promise((resolve) => {
      const stop = outbox.watch((settled) => {
        stop();
        resolve(settled);
      });
    });
    const delivery = await outbox.deliver(item.id, true, 300);
    expect(delivery).to.deep.include({ inFlight: true });
    expect(await outbox.flush(url, 300, Infinity)).to.deep.equal([]);
    expect(await heard).to.deep.equal({ id: item.id, email: 'reader@example.org', outcome: 'success' });
    expect(await outbox.pending(url)).to.deep.equal([]);
    expect(await requestStats(key)).to.include({ requests: 1, delivered: 1 });
  });

  for (const retryAfter of ['99999999', 'Fri, 31 Dec 9999 23:59:59 GMT']) {
    it(`should park a sign-up a day at most for Retry-After: ${retryAfter}, and keep only that`, async () => {
      const url = fixtureUrl('-', { status: 503, header: `Retry-After:${retryAfter}` });
      const outbox = new Outbox({ databaseName: name });
      const item = await outbox.add('reader@example.org', request(url));
      const delivery = await outbox.deliver(item.id, true);
      expect((delivery as { error: SignUpUnavailableError }).error).to.include({ status: 503, retryAfter: 86_400 });
      const [stored] = await getRaw(name);
      expect(stored!.retryAt! - Date.now()).to.be.within(86_390_000, 86_400_000);
      expect(stored!.due - Date.now()).to.be.within(86_390_000, 86_400_000);
    });
  }

  it('should cut a wait stored before the cap (three years) to a day', async () => {
    const url = fixtureUrl('-', { status: 201 });
    const outbox = new Outbox({ databaseName: name });
    const item = await outbox.add('reader@example.org', request(url));
    const years = Date.now() + 3 * 365 * 86_400_000;
    await putRaw(name, { ...item, attempts: 1, retryAt: years, due: years });
    const [kept] = await outbox.pending(url);
    expect(kept!.retryAt! - Date.now()).to.be.within(86_390_000, 86_400_000);
    expect(kept!.due - Date.now()).to.be.within(86_390_000, 86_400_000);
  });

  it('should keep an item the server answered with 5xx in the background, with backoff', async () => {
    const key = uniqueName('request');
    const url = fixtureUrl('-', { status: 201, key, 'fail-first': 1 });
    const outbox = new Outbox({ databaseName: name });
    await outbox.add('reader@example.org', request(url));
    const [first] = await outbox.flush(url);
    expect(first && 'error' in first && first.error).to.be.instanceOf(SignUpUnavailableError);
    expect((first as { error: SignUpUnavailableError }).error.status).to.equal(503);
    const [kept] = await outbox.pending(url);
    expect(kept?.attempts).to.equal(1);
    expect(kept!.due - Date.now()).to.be.within(500, 1000);
    expect(await outbox.flush(url)).to.deep.equal([]);
    const [second] = await outbox.flush(url, undefined, Date.now() + 1000);
    expect(second).to.deep.include({ outcome: 'success' });
    expect(await outbox.pending(url)).to.deep.equal([]);
  });

  it('should keep an item a watching reader sent when the server answered 5xx, and honour its Retry-After', async () => {
    const url = fixtureUrl('-', { status: 500, header: 'Retry-After:5' });
    const outbox = new Outbox({ databaseName: name });
    const item = await outbox.add('reader@example.org', request(url));
    const delivery = await outbox.deliver(item.id, true);
    expect(delivery && 'error' in delivery && delivery.error).to.be.instanceOf(SignUpUnavailableError);
    expect((delivery as { error: SignUpUnavailableError }).error).to.include({ status: 500, retryAfter: 5 });
    const [kept] = await outbox.pending(url);
    expect(kept).to.deep.include({ id: item.id, attempts: 1 });
    expect(kept!.due - Date.now()).to.be.within(4000, 5000);
  });

  it('should tell the page that queued an item when another page delivered it', async () => {
    const url = fixtureUrl('-', { status: 201, key: uniqueName('request') });
    const [queuing, other] = [new Outbox({ databaseName: name }), new Outbox({ databaseName: name })];
    const item = await queuing.add('reader@example.org', request(url));
    const heard = new Promise((resolve) => {
      const stop = queuing.watch((settled) => {
        stop();
        resolve(settled);
      });
    });
    await other.flush(url);
    expect(await heard).to.deep.equal({ id: item.id, email: 'reader@example.org', outcome: 'success' });
  });

  it('should tell the reader on their next visit that the provider refused a queued address (400)', async () => {
    const url = fixtureUrl('-', { status: 400 });
    const outbox = new Outbox({ databaseName: name });
    await outbox.add('reader@example', request(url));
    const form = document.createElement('subscribe-form');
    form.outbox = outbox;
    form.action = url;
    const failed = nextEvent(form, 'subscribe-form-error');
    await fixture(form);
    expect((await failed).detail.email).to.equal('reader@example');
    await form.updateComplete;
    expect(form.state).to.equal('error');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value).to.equal('reader@example');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal(
      'Please enter a valid email address.',
    );
    expect(await outbox.pending(url)).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it('should drop an item the provider definitively refused (400)', async () => {
    const url = fixtureUrl('-', { status: 400 });
    const outbox = new Outbox({ databaseName: name });
    await outbox.add('not-an-email', request(url));
    const [refused] = await outbox.flush(url);
    expect(refused).to.deep.include({ outcome: 'invalid' });
    expect(await outbox.pending(url)).to.deep.equal([]);
  });
});

describe('<subscribe-form> without the script', () => {
  it('should let the plain light-DOM form submit natively', async () => {
    const frame = await openFrame('/test/pages/subscribe-native.html');
    try {
      const document = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('subscribe-form')).to.equal(undefined);
      const key = crypto.randomUUID();
      const form = document.querySelector('form')!;
      form.setAttribute('action', `/echo?key=${key}`);
      form.querySelector<HTMLInputElement>('input[type=email]')!.value = 'reader@example.org';
      const navigated = new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
      });
      form.querySelector('button')!.click();
      await navigated;
      const request = (await (await fetch(`/echo?key=${key}`)).json()) as RecordedRequest | null;
      expect(request?.method).to.equal('POST');
      expect(request?.headers['content-type']).to.contain('application/x-www-form-urlencoded');
      expect(request?.body).to.equal('email=reader%40example.org&list=daily');
    } finally {
      frame.remove();
    }
  });
});
