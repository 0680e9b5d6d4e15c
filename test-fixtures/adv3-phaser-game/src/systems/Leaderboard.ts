import { DateTime } from 'luxon';

interface SeasonInfo { id: number; startsAt: string; endsAt: string }
interface Entry { name: string; score: number; at: number }

const fmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const REFRESH_MS = 30_000;

export class Leaderboard {
  private fetchedAt = 0;
  private season: SeasonInfo | null = null;
  entries: Entry[] = [];

  async refresh() {
    if (Date.now() - this.fetchedAt < REFRESH_MS) return;
    const res = await fetch('/api/leaderboard');
    const body = (await res.json()) as { season: SeasonInfo; entries: Entry[] };
    this.season = body.season;
    this.entries = body.entries.filter((e) => e.at > Date.now() - 7 * 864e5);
    this.fetchedAt = Date.now();
  }

  get seasonLabel(): string {
    if (!this.season) return '';
    const ends = DateTime.fromISO(this.season.endsAt);
    return DateTime.now() > ends ? 'Season over' : `Ends ${fmt.format(ends.toJSDate())}`;
  }

  get hoursLeft(): number {
    return this.season ? Math.max(0, DateTime.fromISO(this.season.endsAt).diffNow('hours').hours) : 0;
  }
}
