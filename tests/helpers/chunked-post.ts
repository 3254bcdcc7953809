import { request } from 'node:http';

/**
 * POSTs `totalBytes` of body with chunked transfer encoding (no
 * Content-Length), 64 KiB at a time, and stops sending once the server
 * answers. Resolves to the status and body of the answer; `sent` is how many
 * bytes had been written by then.
 */
export function postChunked(
  url: string,
  headers: Record<string, string>,
  prefix: string,
  totalBytes: number,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
      res.on('error', reject);
    });
    // A server that closes the connection after answering may reset the upload.
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      if (sent === 0) {
        req.write(prefix);
        sent += Buffer.byteLength(prefix);
      }
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}
