import neo4j from 'neo4j-driver';
import { z } from 'zod';

/** Dates as the graph takes them, in one place: the Date scalar, the seed and the mutations. */

/** A calendar day that exists, YYYY-MM-DD: 2025-02-30 is refused, not rolled over to March. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A Neo4j date from YYYY-MM-DD, or YYYY-MM as the first of its month: how the loaders write dates. */
export function neo4jDate(value: string): neo4j.Date<number> {
  const [year, month, day] = value.split('-').map(Number);
  return new neo4j.types.Date(year!, month!, day ?? 1);
}

/** A month, YYYY-MM (01 to 12). */
export const isCalendarMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** A release date at the precision it is known: a day, or only its month. */
export const releaseDate = z
  .string()
  .refine((value) => isCalendarDay(value) || isCalendarMonth(value), 'must be YYYY-MM-DD or YYYY-MM (a day or a month that exists)');
