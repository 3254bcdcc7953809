import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';

export interface BackupResult {
  /** Bytes of the finished backup file. */
  bytes: number;
  /** Pages copied (SQLite pages, 4 KiB by default). */
  pages: number;
}

/**
 * Copies a live SQLite database to `destination` with SQLite's online backup
 * API (through better-sqlite3's `backup()`), so what sits in the WAL and
 * the writes that land meanwhile are in the copy, which a plain file copy
 * of a database in WAL mode would miss. The copy is written beside the
 * destination and renamed into place only once it is complete and passes
 * `PRAGMA integrity_check`. See https://www.sqlite.org/backup.html.
 *
 * @throws Error when `destination` exists (never overwritten) or the copy fails its integrity check.
 */
export async function backupDatabase(
  source: string,
  destination: string,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupResult> {
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    let pages = 0;
    await db.backup(partial, {
      // Copies in steps, letting writers and other work in between.
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        onProgress?.(totalPages - remainingPages, totalPages);
        return 256;
      },
    });
    const copy = new SQLite(partial, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the backup failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
    return { bytes: statSync(destination).size, pages };
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    db.close();
  }
}
