// Graceful stop of server.js on SIGTERM/SIGINT. Plain JavaScript, like the
// other helpers server.js loads before the Remix build.

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight
 * finish (a streamed export runs to its end) for up to `deadlineMs`, cut
 * what is still open after that, run `cleanup` (close the database and the
 * extraction workers), then exit 0. Returns the stop function, for tests.
 *
 * @param {import('http').Server} server
 * @param {{ deadlineMs?: number, cleanup?: () => Promise<void>, log?: (line: string) => void, exit?: (code: number) => void, signals?: NodeJS.Signals[] }} [options]
 * @returns {(signal: string) => Promise<void>}
 */
export function closeGracefully(server, options = {}) {
  const {
    deadlineMs = 20_000,
    cleanup = async () => {},
    log = (line) => console.log(line),
    exit = (code) => process.exit(code),
    signals = ['SIGTERM', 'SIGINT'],
  } = options;
  /** @type {Promise<void> | null} */
  let stopping = null;
  const stop = (/** @type {string} */ signal) => {
    stopping ??= (async () => {
      log(`${signal}: no new requests; finishing the ones in flight (up to ${Math.round(deadlineMs / 1000)} s)`);
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      // Keep-alive connections between requests would hold close() open.
      server.closeIdleConnections();
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
      let timedOut = false;
      const deadline = setTimeout(() => {
        timedOut = true;
        server.closeAllConnections();
      }, deadlineMs);
      await closed;
      clearInterval(idleSweep);
      clearTimeout(deadline);
      if (timedOut) log(`requests still open after ${Math.round(deadlineMs / 1000)} s were cut`);
      let code = 0;
      try {
        await cleanup();
      } catch (error) {
        log(`shutdown: ${error instanceof Error ? error.message : String(error)}`);
        code = 1;
      }
      log('stopped');
      exit(code);
    })();
    return stopping;
  };
  for (const signal of signals) process.on(signal, () => void stop(signal));
  return stop;
}
