import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** One file in a user's app folder. */
export interface AppFolderFile {
  readonly name: string;
  readonly content: string;
  readonly eTag: string;
  readonly lastModified: string;
}

/** Files in each user's OneDrive app folder (`special/approot`), kept in the emulator's SQLite file. */
export class AppFolderStore {
  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS emulator_app_folder_files (
      user_id TEXT NOT NULL,
      name TEXT NOT NULL,
      content TEXT NOT NULL,
      etag TEXT NOT NULL,
      modified TEXT NOT NULL,
      PRIMARY KEY (user_id, name)
    )`);
  }

  get(userId: string, name: string): AppFolderFile | undefined {
    const row = this.db.prepare('SELECT name, content, etag, modified FROM emulator_app_folder_files WHERE user_id = ? AND name = ?').get(userId, name.toLowerCase()) as
      | { name: string; content: string; etag: string; modified: string }
      | undefined;
    return row === undefined ? undefined : { name: row.name, content: row.content, eTag: row.etag, lastModified: row.modified };
  }

  /** The user's files, by name. */
  list(userId: string): AppFolderFile[] {
    const rows = this.db.prepare('SELECT name, content, etag, modified FROM emulator_app_folder_files WHERE user_id = ? ORDER BY name').all(userId) as Array<{ name: string; content: string; etag: string; modified: string }>;
    return rows.map((row) => ({ name: row.name, content: row.content, eTag: row.etag, lastModified: row.modified }));
  }

  put(userId: string, name: string, content: string, now: Date): AppFolderFile {
    // OneDrive eTags are opaque and change with every write; a content hash plus time does that.
    const eTag = `"{${createHash('sha256').update(`${content}|${now.toISOString()}`).digest('hex').slice(0, 32).toUpperCase()}},1"`;
    this.db
      .prepare('INSERT INTO emulator_app_folder_files (user_id, name, content, etag, modified) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, name) DO UPDATE SET content = excluded.content, etag = excluded.etag, modified = excluded.modified')
      .run(userId, name.toLowerCase(), content, eTag, now.toISOString());
    return { name: name.toLowerCase(), content, eTag, lastModified: now.toISOString() };
  }
}
