import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/paper-feed/paper-feed.define.js';
import { ClockController, PageClock, pageClock } from '../../src/platform/clock.js';
import { deleteDatabase, fixtureUrl, until, uniqueName } from '../helpers.js';

const period = 20;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts its renders; updated by the clock it is given. */
class TickingElement extends LitElement {
  static clock = new PageClock(period);
  renders = 0;

  constructor() {
    super();
    new ClockController(this, TickingElement.clock);
  }

  protected override render() {
    this.renders += 1;
    return html`${this.renders}`;
  }
}
customElements.define('ticking-element', TickingElement);

describe('the page clock: one timer for every "N minutes ago"', () => {
  afterEach(() => deleteDatabase());

  it('should tick every listener on the same ticks, and stop once the last one left', async () => {
    const clock = new PageClock(period);
    const a: number[] = [];
    const b: number[] = [];
    let tick = 0;
    const counter = clock.subscribe(() => (tick += 1));
    const stopA = clock.subscribe(() => a.push(tick));
    const stopB = clock.subscribe(() => b.push(tick));
    expect(clock.running).to.equal(true);
    await until(() => a.length >= 3, 2000, 'three ticks');
    stopA();
    stopB();
    expect(b.slice(0, 3)).to.deep.equal(a.slice(0, 3));
    expect(clock.running).to.equal(true);
    counter();
    expect(clock.running).to.equal(false);
    const after = tick;
    await wait(period * 4);
    expect(tick).to.equal(after);
  });

  it('should update its element on every tick while connected, and not after it left', async () => {
    const element = await fixture<TickingElement>(html`<ticking-element></ticking-element>`);
    const first = element.renders;
    await until(() => element.renders >= first + 2, 2000, 'two ticks');
    expect(TickingElement.clock.running).to.equal(true);
    element.remove();
    expect(TickingElement.clock.running).to.equal(false);
    const left = element.renders;
    await wait(period * 4);
    expect(element.renders).to.equal(left);
    document.body.append(element);
    expect(TickingElement.clock.size).to.equal(1);
    await until(() => element.renders > left, 2000, 'a tick after coming back');
    element.remove();
  });

  it('should share one clock among the feeds on a page, stopped when the last feed leaves', async () => {
    expect(pageClock.running).to.equal(false);
    const src = fixtureUrl('daily-papers.json', { key: uniqueName() });
    const one = await fixture(html`<paper-feed src=${src}></paper-feed>`);
    const two = document.createElement('paper-feed');
    two.src = src;
    document.body.append(two);
    expect(pageClock.size).to.equal(2);
    expect(pageClock.running).to.equal(true);
    two.remove();
    expect(pageClock.size).to.equal(1);
    expect(pageClock.running).to.equal(true);
    one.remove();
    expect(pageClock.size).to.equal(0);
    expect(pageClock.running).to.equal(false);
  });
});
