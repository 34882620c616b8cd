import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url-safety.js';

describe('safeUrl', () => {
  it('should keep http and https URLs', () => {
    expect(safeUrl('https://arxiv.org/abs/2406.16218')).to.equal('https://arxiv.org/abs/2406.16218');
    expect(safeUrl(' http://example.org/a b ')).to.equal('http://example.org/a%20b');
  });

  it('should refuse script, data and other schemes, whatever their case or padding', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(value), value).to.equal(undefined);
    }
  });

  it('should resolve relative URLs against a base and refuse them without one', () => {
    expect(safeUrl('/papers/1', 'https://blog.example/post/')).to.equal('https://blog.example/papers/1');
    expect(safeUrl('/papers/1')).to.equal(undefined);
  });

  it('should refuse empty and non-string values', () => {
    for (const value of ['', '   ', null, undefined, 42, {}]) expect(safeUrl(value)).to.equal(undefined);
  });
});
