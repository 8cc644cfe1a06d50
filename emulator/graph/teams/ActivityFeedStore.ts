import type Database from 'better-sqlite3';

/** One activity feed notification as the emulator received it (what Teams would show the recipient). */
export interface ActivityNotification {
  readonly id: string;
  readonly recipient: { readonly id: string; readonly userPrincipalName: string };
  readonly sender: { readonly id: string; readonly userPrincipalName: string; readonly displayName: string };
  readonly activityType: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl?: string };
  readonly previewText: string;
  /** The reason line as Teams shows it: the type's template with `{actor}` and the parameters filled in. */
  readonly reason: string;
  readonly templateParameters: Readonly<Record<string, string>>;
  readonly chainId?: number;
  readonly sentDateTime: string;
}

/**
 * Activity feed notifications sent through Graph, kept in the emulator's SQLite file so
 * that a test (or the host page) can see what each user was told, and how often.
 */
export class ActivityFeedStore {
  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS emulator_activities (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      recipient_upn TEXT NOT NULL,
      json TEXT NOT NULL
    )`);
  }

  /** Adds a notification; one with the chain id of an earlier one of the same recipient replaces it (same id, new content). */
  add(activity: Omit<ActivityNotification, 'id'>): ActivityNotification {
    const recipient = activity.recipient.userPrincipalName.toLowerCase();
    if (activity.chainId !== undefined) {
      const earlier = (this.db.prepare('SELECT seq, json FROM emulator_activities WHERE recipient_upn = ?').all(recipient) as Array<{ seq: number; json: string }>).find(
        (row) => (JSON.parse(row.json) as { chainId?: number }).chainId === activity.chainId,
      );
      if (earlier !== undefined) {
        this.db.prepare('UPDATE emulator_activities SET json = ? WHERE seq = ?').run(JSON.stringify(activity), earlier.seq);
        return { id: String(earlier.seq), ...activity };
      }
    }
    const result = this.db.prepare('INSERT INTO emulator_activities (recipient_upn, json) VALUES (?, ?)').run(recipient, JSON.stringify(activity));
    return { id: String(result.lastInsertRowid), ...activity };
  }

  /** Every notification, oldest first; only those of one recipient when `upn` is given. */
  list(upn?: string): readonly ActivityNotification[] {
    const rows = (
      upn === undefined
        ? this.db.prepare('SELECT seq, json FROM emulator_activities ORDER BY seq').all()
        : this.db.prepare('SELECT seq, json FROM emulator_activities WHERE recipient_upn = ? ORDER BY seq').all(upn.toLowerCase())
    ) as Array<{ seq: number; json: string }>;
    return rows.map((row) => ({ id: String(row.seq), ...(JSON.parse(row.json) as Omit<ActivityNotification, 'id'>) }));
  }
}
