/** A clock a test moves by hand, for retention, consent periods and ages. */
export class TestClock {
  private at: number;

  constructor(start: string | Date = '2026-09-01T09:00:00Z') {
    this.at = new Date(start).getTime();
  }

  readonly now = (): Date => new Date(this.at);

  set(at: string | Date): void {
    this.at = new Date(at).getTime();
  }

  advanceDays(days: number): void {
    this.at += days * 86_400_000;
  }

  /** Calendar years, as retention counts them. */
  advanceYears(years: number): void {
    const date = new Date(this.at);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    this.at = date.getTime();
  }

  /** The birth date of someone who turned `years` old `days` ago (negative: turns `years` in that many days). */
  birthDateForAge(years: number, days = 0): string {
    const date = new Date(this.at - days * 86_400_000);
    date.setUTCFullYear(date.getUTCFullYear() - years);
    return date.toISOString().slice(0, 10);
  }
}
