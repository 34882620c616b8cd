// One way for tests to put a <subscribe-form> on the page: no minimum time unless given, and an
// outbox in an IndexedDB database of its own, deleted after each test.
import { fixture } from '@open-wc/testing';
import { Outbox } from '../src/data/subscribe/outbox.js';
import '../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../src/subscribe-form/subscribe-form.js';
import { deleteDatabase, uniqueName } from './helpers.js';

const databases: string[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((name) => deleteDatabase(name)));
});

/** A `<subscribe-form>` with `attributes` (`min-time="0"` unless given) and `children` in its light DOM. */
export async function mountForm(
  attributes: Record<string, string>,
  children = '',
): Promise<SubscribeFormElement & { outbox: Outbox }> {
  const form = document.createElement('subscribe-form');
  form.setAttribute('min-time', '0');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  const databaseName = uniqueName('outbox');
  databases.push(databaseName);
  form.outbox = new Outbox({ databaseName });
  form.innerHTML = children;
  return fixture<SubscribeFormElement & { outbox: Outbox }>(form);
}
