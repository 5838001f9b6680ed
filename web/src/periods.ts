// Time periods for the timeline: which grain fits a date range, the key the API uses for a
// date at that grain, and every period between two keys (so empty periods show as gaps).

export type Grain = "day" | "week" | "month" | "year";

const DAY_MS = 86_400_000;

export function parseDay(text: string): Date {
  return new Date(`${text.slice(0, 10)}T00:00:00Z`);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function dayKey(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ISO 8601 week "YYYY-Www": the week belongs to the year of its Thursday.
export function weekKey(d: Date): string {
  const thursday = new Date(d.getTime());
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  thursday.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}

export function periodKey(d: Date, grain: Grain): string {
  switch (grain) {
    case "day":
      return dayKey(d);
    case "week":
      return weekKey(d);
    case "month":
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    case "year":
      return String(d.getUTCFullYear());
  }
}

// A date inside the period named by a key (its first day for day/month/year keys, the
// Monday for weeks).
export function periodStart(key: string, grain: Grain): Date {
  switch (grain) {
    case "day":
      return parseDay(key);
    case "month":
      return parseDay(`${key}-01`);
    case "year":
      return parseDay(`${key}-01-01`);
    case "week": {
      const [yearText, weekText] = key.split("-W");
      const year = Number(yearText);
      const week = Number(weekText);
      const jan4 = new Date(Date.UTC(year, 0, 4));
      const mondayWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
      return new Date(mondayWeek1 + (week - 1) * 7 * DAY_MS);
    }
  }
}

// The finest grain that keeps the chart to a readable number of bars.
export function grainFor(first: Date, last: Date): Grain {
  const days = (last.getTime() - first.getTime()) / DAY_MS + 1;
  if (days <= 92) return "day";
  if (days <= 366 * 2) return "week";
  if (days <= 366 * 12) return "month";
  return "year";
}

export function periodsBetween(firstKey: string, lastKey: string, grain: Grain): string[] {
  const keys: string[] = [];
  let d = periodStart(firstKey, grain);
  const end = periodStart(lastKey, grain).getTime();
  while (d.getTime() <= end && keys.length < 5000) {
    keys.push(periodKey(d, grain));
    const next = new Date(d.getTime());
    if (grain === "day") next.setUTCDate(next.getUTCDate() + 1);
    else if (grain === "week") next.setUTCDate(next.getUTCDate() + 7);
    else if (grain === "month") next.setUTCMonth(next.getUTCMonth() + 1);
    else next.setUTCFullYear(next.getUTCFullYear() + 1);
    d = next;
  }
  return keys;
}
