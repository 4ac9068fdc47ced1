import { expect } from '@open-wc/testing';
import { format } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { formatCalendarDate, formatUtc, formatWhen } from '../../src/core/format.js';

describe('formatting dates with their precision', () => {
  it('writes a date as precisely as it is known', () => {
    expect(formatCalendarDate('2011')).to.equal('2011');
    expect(formatCalendarDate('2016-12')).to.equal('December 2016');
    expect(formatCalendarDate('2024-12-01')).to.equal('Sunday, 1 December 2024');
  });

  it('writes each kind of time as a phrase', () => {
    expect(formatWhen({ type: 'date', date: '2015' })).to.equal('2015');
    expect(formatWhen({ type: 'period', start: '2012', end: '2016' })).to.equal('2012 to 2016');
    expect(formatWhen({ type: 'period', start: '2022', ongoing: true })).to.equal('since 2022, ongoing');
    expect(formatWhen({ type: 'window', from: '2024-11-25', to: '2024-12-01' })).to.equal(
      'between 25 November and 1 December 2024',
    );
    expect(formatWhen({ type: 'window', to: '2024-12-01' })).to.equal('before 1 December 2024');
    expect(formatWhen({ type: 'window', from: '2023-12', to: '2024-01' })).to.equal(
      'between December 2023 and January 2024',
    );
    expect(formatWhen({ type: 'undated' })).to.equal('undated');
    expect(formatWhen({ type: 'undated', ongoing: true })).to.equal('undated, ongoing');
  });

  it('formats instants in UTC', () => {
    expect(formatUtc(Date.UTC(2024, 11, 1, 23, 30), 'd MMM HH:mm')).to.equal('1 Dec 23:30');
  });

  it('writes every token the library uses as date-fns format does', () => {
    const t = Date.UTC(2011, 2, 5, 7, 4);
    expect(formatUtc(t, 'yyyy')).to.equal('2011');
    expect(formatUtc(t, 'MMM yyyy')).to.equal('Mar 2011');
    expect(formatUtc(t, 'MMMM')).to.equal('March');
    expect(formatUtc(t, 'EEEE, d MMMM yyyy')).to.equal('Saturday, 5 March 2011');
    expect(formatUtc(t, 'EEE dd/MM/y')).to.equal('Sat 05/03/2011');
    expect(formatUtc(t, 'HH:mm')).to.equal('07:04');
    expect(formatUtc(t, "d 'of' MMMM, 'o''clock'")).to.equal("5 of March, o'clock");
    expect(formatUtc(Date.UTC(999, 0, 1), 'yyyy')).to.equal('0999');
  });

  it('writes English names as date-fns en-US does, and the names of any date-fns locale when given one', () => {
    for (let m = 0; m < 12; m++) {
      // Noon UTC: date-fns `format` reads local time, the same day in any test zone.
      const t = Date.UTC(2024, m, 15, 12);
      expect(formatUtc(t, 'MMMM MMM')).to.equal(
        `${format(t, 'MMMM', { locale: enUS })} ${format(t, 'MMM', { locale: enUS })}`,
      );
    }
    for (let d = 1; d <= 7; d++) {
      const t = Date.UTC(2024, 8, d, 12);
      expect(formatUtc(t, 'EEEE EEE')).to.equal(
        `${format(t, 'EEEE', { locale: enUS })} ${format(t, 'EEE', { locale: enUS })}`,
      );
    }
    expect(formatUtc(Date.UTC(2024, 11, 1), 'EEEE d MMMM', fr)).to.equal('dimanche 1 décembre');
  });

  it('refuses a token it does not write rather than printing it wrong', () => {
    expect(() => formatUtc(0, 'QQQ yyyy')).to.throw(RangeError, 'unsupported token "QQQ"');
  });
});
