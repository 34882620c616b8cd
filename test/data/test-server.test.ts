import { expect } from '@open-wc/testing';
import { fixtureUrl } from '../helpers.js';

describe('the test HTTP server', () => {
  it('should serve a fixture with a chosen status and headers', async () => {
    const response = await fetch(fixtureUrl('daily-papers.json', { status: 503, header: 'Retry-After: 30' }));
    expect(response.status).to.equal(503);
    expect(response.headers.get('Retry-After')).to.equal('30');
    expect(response.headers.get('Content-Type')).to.equal('application/json');
  });

  it('should delay the response', async () => {
    const started = performance.now();
    await fetch(fixtureUrl('empty-array.json', { delay: 300 }));
    expect(performance.now() - started).to.be.at.least(290);
  });

  it('should cut a body short', async () => {
    const response = await fetch(fixtureUrl('daily-papers.json', { truncate: 50 }));
    let error: unknown;
    try {
      await response.text();
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('should start failing after a number of successful answers', async () => {
    const url = fixtureUrl('empty-array.json', { 'fail-after': 1, key: crypto.randomUUID() });
    expect((await fetch(url)).status).to.equal(200);
    expect((await fetch(url)).status).to.equal(503);
  });
});
