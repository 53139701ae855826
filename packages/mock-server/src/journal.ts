/** One request as the mock saw it. `status` 0 means the connection was reset by a fault. */
export interface JournalEntry {
  method: string;
  path: string;
  status: number;
  user?: string;
  /** Mock-clock time in ms since the epoch. */
  time: number;
}

/** The request journal handle `mock.journal`. */
export interface Journal {
  entries(): JournalEntry[];
  clear(): void;
}

export interface RecordingJournal extends Journal {
  record(entry: JournalEntry): void;
}

/** A bounded journal: keeps the last `limit` entries. */
export function createJournal(limit: number): RecordingJournal {
  let entries: JournalEntry[] = [];
  return {
    record(entry) {
      if (limit === 0) return;
      entries.push(entry);
      if (entries.length > limit * 2) entries = entries.slice(-limit);
    },
    entries: () => entries.slice(-limit).map((e) => ({ ...e })),
    clear() {
      entries = [];
    },
  };
}
