import type Database from 'better-sqlite3';

/** What the host page's share dialog recorded, with when. */
export interface RecordedShare {
  readonly id: number;
  readonly recordedDateTime: string;
  /** The body the host page posted (e.g. the `shareWebContent` content and the chosen target). */
  readonly share: Record<string, unknown>;
}

/** Shares recorded by the Teams host page, kept in the emulator's SQLite file. */
export class ShareStore {
  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS emulator_shares (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      recorded TEXT NOT NULL,
      json TEXT NOT NULL
    )`);
  }

  add(share: Record<string, unknown>, now: Date = new Date()): RecordedShare {
    const recordedDateTime = now.toISOString();
    const result = this.db.prepare('INSERT INTO emulator_shares (recorded, json) VALUES (?, ?)').run(recordedDateTime, JSON.stringify(share));
    return { id: Number(result.lastInsertRowid), recordedDateTime, share };
  }

  list(): RecordedShare[] {
    const rows = this.db.prepare('SELECT id, recorded, json FROM emulator_shares ORDER BY id').all() as { id: number; recorded: string; json: string }[];
    return rows.map((row) => ({ id: row.id, recordedDateTime: row.recorded, share: JSON.parse(row.json) as Record<string, unknown> }));
  }
}
