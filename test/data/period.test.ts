import { expect } from '@open-wc/testing';
import { huggingFaceDailyUrl, huggingFacePeriod } from '../../src/data/formats/hugging-face.js';
import { currentPeriod, isFuture, parsePeriod, shiftPeriod } from '../../src/data/period.js';
import { formatPeriod } from '../../src/i18n/format.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';

const value = (unit: 'date' | 'week' | 'month', text: string) => parsePeriod(unit, text)?.value;
const now = new Date(2026, 10, 27, 12);

describe('periods: a day, ISO week or month of a dated feed', () => {
  it('should read real days, weeks and months and refuse the rest', () => {
    expect(value('date', '2025-12-13')).to.equal('2025-12-13');
    expect(value('date', ' 2024-02-29 ')).to.equal('2024-02-29');
    expect(value('week', '2025-W50')).to.equal('2025-W50');
    expect(value('week', '2020-W53')).to.equal('2020-W53');
    expect(value('month', '2025-12')).to.equal('2025-12');
    for (const [unit, text] of [
      ['date', '2025-13-40'],
      ['date', '2025-02-29'],
      ['date', '13/12/2025'],
      ['date', 'yesterday'],
      ['date', ''],
      ['week', '2025-W53'],
      ['week', '2025-W00'],
      ['week', '2025-50'],
      ['month', '2025-00'],
      ['month', '2025-13'],
      ['month', '1969-12'],
    ] as const) {
      expect(parsePeriod(unit, text), `${unit} ${text}`).to.equal(undefined);
    }
    expect(parsePeriod('date', null)).to.equal(undefined);
  });

  it('should start each period on its first day at UTC midnight', () => {
    expect(parsePeriod('week', '2025-W50')!.start.toISOString()).to.equal('2025-12-08T00:00:00.000Z');
    // ISO week 1 of 2026 starts in 2025: the week that holds January 4th.
    expect(parsePeriod('week', '2026-W01')!.start.toISOString()).to.equal('2025-12-29T00:00:00.000Z');
    expect(parsePeriod('month', '2025-12')!.start.toISOString()).to.equal('2025-12-01T00:00:00.000Z');
  });

  it('should step across month, year and ISO-year boundaries', () => {
    const step = (unit: 'date' | 'week' | 'month', text: string, steps: number) =>
      shiftPeriod(parsePeriod(unit, text)!, steps).value;
    expect(step('date', '2025-12-31', 1)).to.equal('2026-01-01');
    expect(step('date', '2024-03-01', -1)).to.equal('2024-02-29');
    expect(step('week', '2026-W01', -1)).to.equal('2025-W52');
    expect(step('week', '2020-W53', 1)).to.equal('2021-W01');
    expect(step('month', '2025-12', 1)).to.equal('2026-01');
    expect(step('month', '2025-01', -1)).to.equal('2024-12');
  });

  it("should take `today` as the reader's own day, and know the future", () => {
    expect(value('date', 'today')).to.equal(currentPeriod('date').value);
    const today = currentPeriod('date', now);
    expect(today.value).to.equal('2026-11-27');
    expect(currentPeriod('week', now).value).to.equal('2026-W48');
    expect(currentPeriod('month', now).value).to.equal('2026-11');
    expect(isFuture(today, now)).to.equal(false);
    expect(isFuture(shiftPeriod(today, 1), now)).to.equal(true);
    expect(isFuture(shiftPeriod(currentPeriod('week', now), 1), now)).to.equal(true);
  });

  it('should ask the Hugging Face API for one period, and leave other URLs alone', () => {
    const daily = 'https://huggingface.co/api/daily_papers';
    const week = parsePeriod('week', '2025-W50');
    expect(huggingFaceDailyUrl(daily, { period: week })).to.equal(`${daily}?week=2025-W50`);
    expect(huggingFaceDailyUrl(`${daily}?date=2025-12-01&limit=50`, { trending: true, period: week })).to.equal(
      `${daily}?limit=50&sort=trending&week=2025-W50`,
    );
    expect(huggingFaceDailyUrl(daily, {})).to.equal(daily);
    const other = 'https://example.org/api/daily_papers?date=2025-12-01';
    expect(huggingFaceDailyUrl(other, { trending: true, period: week })).to.equal(other);
    expect(huggingFacePeriod(`${daily}?month=2025-11`)?.value).to.equal('2025-11');
    expect(huggingFacePeriod(`${daily}?date=2025-13-40`)).to.equal(undefined);
    expect(huggingFacePeriod(other)).to.equal(undefined);
  });

  it('should name periods for people, in their language', () => {
    const day = parsePeriod('date', '2025-12-13')!;
    expect(formatPeriod(day, 'en', en.feedWeekOf, now)).to.equal('Saturday, Dec 13, 2025');
    expect(formatPeriod(parsePeriod('date', '2026-11-27')!, 'en', en.feedWeekOf, now)).to.equal('Friday, Nov 27');
    expect(formatPeriod(parsePeriod('week', '2025-W50')!, 'en', en.feedWeekOf, now)).to.equal(
      'the week of Dec 8, 2025',
    );
    expect(formatPeriod(parsePeriod('month', '2025-12')!, 'en', en.feedWeekOf, now)).to.equal('December 2025');
    expect(formatPeriod(day, 'de', de.feedWeekOf, now)).to.equal('Samstag, 13. Dez. 2025');
  });
});
