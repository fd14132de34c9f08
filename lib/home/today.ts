/** The patient home's clock: India (IST, no daylight saving), whatever the server's zone. */
const IST_OFFSET_MINUTES = 5 * 60 + 30;

export type DayPart = "morning" | "afternoon" | "evening";

/** How many tips messages hold under `Dashboard.tips` (t0..t9). */
export const TIP_COUNT = 10;

function istParts(now: Date): { hour: number; dayNumber: number } {
  const shifted = new Date(now.getTime() + IST_OFFSET_MINUTES * 60_000);
  return {
    hour: shifted.getUTCHours(),
    dayNumber: Math.floor(shifted.getTime() / 86_400_000),
  };
}

/** Morning before 12, afternoon before 17, else evening (pages.md #1), in India's time. */
export function dayPartAt(now: Date): DayPart {
  const { hour } = istParts(now);
  if (hour < 12) return "morning";
  if (hour < 17) return "afternoon";
  return "evening";
}

/** The tip of the day: the same for everyone on one Indian calendar day, the next one tomorrow. */
export function tipIndexAt(now: Date): number {
  return istParts(now).dayNumber % TIP_COUNT;
}

/** The first word of a full name, for "Good morning, Asha". */
export function firstNameOf(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? "";
}
