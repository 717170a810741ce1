import { z } from 'zod';

/** Dates as the graph takes them, in one place: the Date scalar, the seed and the mutations. */

/** A calendar day that exists, YYYY-MM-DD: 2025-02-30 is refused, not rolled over to March. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A month, YYYY-MM (01 to 12). */
export const isCalendarMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** A release date at the precision it is known: a day, or only its month. */
export const releaseDate = z
  .string()
  .refine((value) => isCalendarDay(value) || isCalendarMonth(value), 'must be YYYY-MM-DD or YYYY-MM (a day or a month that exists)');
