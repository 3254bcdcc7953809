import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Response as ExpressResponse } from 'express';
import { sendResponse } from '../../app/utils/remix-express.js';

/** The slow client stands in for Express's response: sendResponse uses status, append, write, end and events. */
const asResponse = (c: SlowClient) => c as unknown as ExpressResponse;

/** A response socket that takes one chunk and then holds the rest until the test lets it drain. */
class SlowClient extends Writable {
  statusCode = 0;
  statusMessage = '';
  received = 0;
  private pending: Array<() => void> = [];
  constructor() {
    super({ highWaterMark: 1 });
  }
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  append() {
    return this;
  }
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.received += chunk.length;
    this.pending.push(done);
  }
  drainAll() {
    const p = this.pending;
    this.pending = [];
    for (const done of p) done();
  }
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe('writing a streamed response', () => {
  it('reads the next chunk only when the client has taken the last one (backpressure)', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          if (pulled > 500) controller.close();
          else controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    const client = new SlowClient();
    const sending = sendResponse(asResponse(client), new Response(body, { status: 200 }));
    await turns(50);
    // The client has not read: the export is not produced ahead of it.
    expect(pulled).toBeLessThanOrEqual(3);
    let finished = false;
    void sending.then(() => (finished = true));
    while (!finished) {
      client.drainAll();
      await turns(1);
    }
    expect(client.received).toBe(500 * 1000);
  });

  it('stops reading the body when the client goes away', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          controller.enqueue(new Uint8Array(100));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const client = new SlowClient();
    const sending = sendResponse(asResponse(client), new Response(body));
    await turns(5);
    client.destroy();
    await sending;
    expect(cancelled).toBe(true);
  });
});
