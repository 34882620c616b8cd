import { expect } from '@open-wc/testing';
import {
  englishAge,
  englishCount,
  englishDate,
  englishListParts,
  isPlainEnglish,
} from '../../src/i18n/english-format.js';
import { formatAge, formatCount, formatDate, listParts } from '../../src/i18n/format.js';

// English is formatted without Intl (its first formatter costs tens of milliseconds); what it
// gives must be what this browser's Intl gives for `en` and `en-US`, value for value.
const locales = ['en', 'en-US'];

/** The values, with what each side said, where the two differ (a string: a failing compare of long arrays is unreadable). */
function differences<T>(
  values: readonly T[],
  ours: (value: T) => string | undefined,
  intl: (value: T) => string,
): string {
  return values
    .map((value) => [value, ours(value), intl(value)] as const)
    .filter(([, mine, theirs]) => mine !== undefined && mine !== theirs)
    .slice(0, 5)
    .map(([value, mine, theirs]) => `${String(value)}: ${String(mine)} ≠ ${theirs}`)
    .join('; ');
}

describe('English formats without Intl', () => {
  it('should know en and en-US, and no other English', () => {
    expect(['en', 'EN', 'en-US', 'en-us'].every(isPlainEnglish)).to.be.true;
    expect(['en-GB', 'en-AU', 'en-US-u-nu-arab', 'de', ''].some(isPlainEnglish)).to.be.false;
  });

  it('should give the dates Intl gives, in UTC', () => {
    const days: Date[] = [];
    for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2025, 0, 1); time += 86_400_000) days.push(new Date(time));
    days.push(
      new Date('0999-03-04T00:00:00Z'),
      new Date('9999-12-31T23:59:59Z'),
      new Date('2024-06-23T23:30:00-05:00'),
    );
    for (const locale of locales) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      expect(differences(days, englishDate, (day) => intl.format(day))).to.equal('');
    }
    expect(englishDate(new Date('nonsense'))).to.be.undefined;
    expect(englishDate(new Date('-000001-01-01T00:00:00Z'))).to.be.undefined;
  });

  it('should give the compact counts Intl gives, halves rounded up', () => {
    const counts = Array.from({ length: 3000 }, (_, index) => index);
    for (const size of [1e3, 1e6, 1e9, 1e12]) {
      for (const step of [0.5, 1, 1.05, 1.15, 1.25, 9.95, 99.95, 999.9, 999.95, 999.96]) {
        const value = Math.round(step * size);
        counts.push(value - 1, value, value + 1);
      }
    }
    for (let value = 1; value < 1e15; value = Math.floor(value * 1.37) + 7) counts.push(value);
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
      expect(differences(counts, englishCount, (value) => intl.format(value))).to.equal('');
    }
    expect([englishCount(1e15), englishCount(-1), englishCount(1.5)]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('should join lists as Intl does', () => {
    for (const locale of locales) {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
      for (let length = 0; length <= 6; length++) {
        const theirs = intl
          .formatToParts(Array.from({ length }, (_, index) => String(index)))
          .map((part) => (part.type === 'element' ? Number(part.value) : part.value));
        expect(JSON.stringify(englishListParts(length))).to.equal(JSON.stringify(theirs));
      }
    }
  });

  it('should say how long ago as Intl does', () => {
    const units = ['second', 'minute', 'hour', 'day'] as const;
    const values = Array.from({ length: 1001 }, (_, index) => -index);
    for (const locale of locales) {
      const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      for (const unit of units) {
        expect(
          differences(
            values,
            (value) => englishAge(value, unit),
            (value) => intl.format(value, unit),
          ),
        ).to.equal('');
      }
    }
    expect(englishAge(-1000, 'day')).to.be.undefined;
  });

  it('should be what the card and the feed show in English', () => {
    const now = Date.UTC(2025, 5, 1, 12);
    expect(formatDate('2024-06-23', 'en')).to.equal('Jun 23, 2024');
    expect(formatCount(15_300, 'en-US')).to.equal('15.3K');
    expect(JSON.stringify(listParts(3, 'en'))).to.equal(JSON.stringify([0, ', ', 1, ', ', 2]));
    expect(formatAge(now - 5 * 60_000, 'en', now)).to.equal('5 minutes ago');
    expect(formatAge(now - 1500 * 86_400_000, 'en', now)).to.equal('1,500 days ago');
    // Other languages still go through Intl.
    expect(formatDate('2024-06-23', 'de')).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 23)),
    );
  });
});
