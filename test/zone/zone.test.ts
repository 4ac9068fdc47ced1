import { expect } from '@open-wc/testing';
import { calendarStart } from '../../src/core/dates.js';
import { formatCalendarDate } from '../../src/core/format.js';

// This file runs only in the St John's group: it proves that group's browser really is off UTC,
// so the core and data tests that run there again are tested away from UTC.
describe('the non-UTC test zone', () => {
  it('is America/St_Johns, with a half-hour offset', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/St_Johns');
    expect(new Date(Date.UTC(2024, 11, 1)).getTimezoneOffset()).to.equal(210);
  });

  it('does not move a calendar date to the previous day', () => {
    // Local midnight of 1 December in St John's is 03:30 UTC; UTC midnight is still 30 November there.
    expect(new Date(calendarStart('2024-12-01')).getDate()).to.equal(30);
    expect(formatCalendarDate('2024-12-01')).to.equal('Sunday, 1 December 2024');
    expect(formatCalendarDate('2011')).to.equal('2011');
  });
});
