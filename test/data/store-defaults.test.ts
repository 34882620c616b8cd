import { expect } from '@open-wc/testing';
import { defaultMaxAge, defaultTimeout, nonNegativeOr, positiveOr } from '../../src/data/defaults.js';

describe('defaults', () => {
  it('should take a positive finite number, and the default for anything else', () => {
    expect(positiveOr(2500, defaultTimeout)).to.equal(2500);
    expect(positiveOr(0.5, defaultTimeout)).to.equal(0.5);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '2500', null, undefined]) {
      expect(positiveOr(bad, defaultTimeout), String(bad)).to.equal(10_000);
    }
  });

  it('should take 0 where 0 has a meaning (max-age: always refresh)', () => {
    expect(nonNegativeOr(0, defaultMaxAge)).to.equal(0);
    expect(nonNegativeOr(60, defaultMaxAge)).to.equal(60);
    for (const bad of [-1, Number.NaN, Number.NEGATIVE_INFINITY, '60', undefined]) {
      expect(nonNegativeOr(bad, defaultMaxAge), String(bad)).to.equal(3600);
    }
  });
});
