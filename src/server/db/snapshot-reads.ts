import type { CompiledQuery } from 'kysely';

/**
 * One long read (a download) on a read-only, consistent view of the database, on a connection of its own
 * (ADR 061): every query of one snapshot sees the database as it was when the first one ran, whatever is
 * written meanwhile, and none of them holds the connections the other requests use. One query at a time:
 * read `first` before opening the `cursor`.
 */
export interface Snapshot {
  /** The first row of a query (a count), read in this snapshot. */
  first<R>(query: CompiledQuery<R>): Promise<R | undefined>;
  /** A server-side cursor over the rows of a query, read only as they are asked for. */
  cursor<R>(query: CompiledQuery<R>): SnapshotCursor<R>;
  /** Ends the snapshot and gives its connection back: at any time, even mid-read; once, however often called. */
  close(): Promise<void>;
}

export interface SnapshotCursor<R> {
  /** The next `size` rows at most; none once every row has been read or the snapshot is closed. */
  read(size: number): Promise<R[]>;
}

export interface SnapshotReads {
  open(): Promise<Snapshot>;
  /** Snapshots open now, each holding a connection. */
  readonly held: number;
  /** Closes the connections kept for snapshots (their pool, on PostgreSQL). */
  end(): Promise<void>;
}

export interface SnapshotReadsOptions {
  /** Snapshots open at once at most (PostgreSQL: the size of their own pool). */
  connections: number;
  /** How long one snapshot may stay open: a backstop in the database for a process that stops closing them. */
  maxMs: number;
}

/** What a database handle offers for snapshots; none for an in-memory SQLite, which no second connection can open. */
export type SnapshotReadsFactory = (options: SnapshotReadsOptions) => SnapshotReads;
