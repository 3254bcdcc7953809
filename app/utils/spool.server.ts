import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Text written aside in full before any of it is sent: read it back with `chunks`, or `discard` it. */
export interface Spool {
  /** The text as written, in pieces of about 64 kB; the file is closed when they end or the reader stops. */
  chunks: AsyncIterable<string>;
  /** Closes (and so frees) the file without reading it. */
  discard: () => Promise<void>;
}

const WRITE_BYTES = 1 << 20;
const READ_BYTES = 1 << 16;

/**
 * Consumes `chunks` into a temporary file (under `dir`, the system's
 * temporary folder by default) and hands it back to be read once: for an
 * output that may only start once all of it was produced (ClaimReview's
 * pre-flight, ADR 036), without holding it in memory. On POSIX systems the
 * file is unlinked as soon as it is open, so nothing is left behind even if
 * the process dies; elsewhere it is removed when closed.
 *
 * @throws what reading `chunks` throws (the file is closed first), and the
 *   file system's errors (no space left, no temporary folder).
 */
export async function spoolChunks(chunks: AsyncIterable<string>, dir = tmpdir()): Promise<Spool> {
  const folder = await mkdtemp(join(dir, 'claimdesk-spool-'));
  const handle = await open(join(folder, 'spool'), 'w+');
  let removeAtClose = false;
  try {
    await rm(folder, { recursive: true });
  } catch {
    removeAtClose = true;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
    if (removeAtClose) await rm(folder, { recursive: true, force: true });
  };
  try {
    let pending = '';
    for await (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_BYTES) {
        await handle.write(pending, null, 'utf8');
        pending = '';
      }
    }
    if (pending) await handle.write(pending, null, 'utf8');
  } catch (e) {
    await close();
    throw e;
  }
  return { chunks: readBack(handle, close, () => closed), discard: close };
}

/** The file from its start, decoded as UTF-8 across piece boundaries; closes it at the end, on an error, or when the reader returns early (even before the first piece). */
function readBack(handle: FileHandle, close: () => Promise<void>, closed: () => boolean): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  let position = 0;
  const iterator: AsyncIterableIterator<string> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      if (closed()) return { done: true, value: undefined };
      try {
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, position);
          if (bytesRead === 0) {
            const rest = decoder.end();
            await close();
            return rest ? { done: false, value: rest } : { done: true, value: undefined };
          }
          position += bytesRead;
          const text = decoder.write(buffer.subarray(0, bytesRead));
          if (text) return { done: false, value: text };
        }
      } catch (e) {
        await close();
        throw e;
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
  };
  return iterator;
}
