import type Database from 'better-sqlite3';

/** A chatMessage as Graph returns it (the fields this emulator fills). */
export interface ChatMessage {
  readonly id: string;
  readonly messageType: 'message';
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly importance: 'normal';
  readonly from: { readonly user: { readonly id: string; readonly displayName: string; readonly userIdentityType: 'aadUser' } };
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly attachments: readonly ChatMessageAttachment[];
  readonly channelIdentity: { readonly teamId: string; readonly channelId: string };
}

/** A message attachment; for Adaptive Cards `content` is the card as a JSON string. */
export interface ChatMessageAttachment {
  readonly id: string;
  readonly contentType: string;
  readonly content: string | null;
  readonly contentUrl: string | null;
  readonly name: string | null;
}

/** Channel messages posted through Graph, kept in the emulator's SQLite file. */
export class ChannelMessageStore {
  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS emulator_channel_messages (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      team_id TEXT NOT NULL,
      channel_id TEXT NOT NULL,
      json TEXT NOT NULL
    )`);
  }

  /**
   * A new message id: Teams ids are the epoch milliseconds of creation; bumped past the
   * last one so two posts in the same millisecond still differ.
   */
  nextId(now: number): string {
    const row = this.db.prepare('SELECT MAX(CAST(id AS INTEGER)) AS last FROM emulator_channel_messages').get() as { last: number | null };
    return String(Math.max(now, (row.last ?? 0) + 1));
  }

  add(message: ChatMessage): void {
    this.db
      .prepare('INSERT INTO emulator_channel_messages (id, team_id, channel_id, json) VALUES (?, ?, ?, ?)')
      .run(message.id, message.channelIdentity.teamId, message.channelIdentity.channelId, JSON.stringify(message));
  }

  /** Messages of a channel (or of all channels when ids are omitted), oldest first. */
  list(teamId?: string, channelId?: string): ChatMessage[] {
    const rows = this.db
      .prepare(
        `SELECT json FROM emulator_channel_messages
         WHERE (@teamId IS NULL OR team_id = @teamId) AND (@channelId IS NULL OR channel_id = @channelId)
         ORDER BY seq`,
      )
      .all({ teamId: teamId ?? null, channelId: channelId ?? null }) as { json: string }[];
    return rows.map((row) => JSON.parse(row.json) as ChatMessage);
  }
}
