/** The time source, injectable so that tests and demos can fix "today". */
export interface Clock {
  now(): Date;
  /** Today's date in Vietnam (UTC+7), as YYYY-MM-DD. */
  today(): string;
}

const VN_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar date in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export const systemClock: Clock = { now: () => new Date(), today: () => vietnamDate(new Date()) };

/** A clock whose date is fixed (demos, tests); time of day still advances. */
export function fixedDateClock(date: string): Clock {
  return { now: () => new Date(), today: () => date };
}

/** An instant as Vietnamese readers write it, in Vietnam time: `dd/mm/yyyy HH:mm`. */
export function vietnamDateTime(instant: Date): string {
  const s = new Date(instant.getTime() + VN_OFFSET_MS).toISOString();
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}
