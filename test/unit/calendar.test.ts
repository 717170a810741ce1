import { describe, expect, it } from 'vitest';
import { isCalendarDay, releaseDate } from '../../src/entity/calendar.js';

/** The dates the graph takes, for the Date scalar, the seed and the mutations alike. */
describe('a date', () => {
  it('is a day that exists, written YYYY-MM-DD', () => {
    expect(['2025-01-20', '2024-02-29', '1999-12-31'].filter(isCalendarDay)).toHaveLength(3);
    expect(['2025-02-30', '2023-02-29', '2025-13-01', '2025-1-20', '20250120', '2025-01-20T00:00:00Z', '', 20250120].filter(isCalendarDay)).toEqual([]);
  });

  it('as a release date, is a day or only its month', () => {
    for (const value of ['2025-01-20', '2025-01', '2024-12']) expect(releaseDate.safeParse(value).success, value).toBe(true);
    for (const value of ['2025-13', '2025-00', '2025-02-30', '2025', '2025/01']) {
      expect(releaseDate.safeParse(value).error?.issues[0]?.message, value).toBe('must be YYYY-MM-DD or YYYY-MM (a day or a month that exists)');
    }
  });
});
