/**
 * Raw HTTP over a socket, for what `inject()` cannot express: headers beyond the parser's limit, a body announced
 * but never sent, bytes that are not HTTP at all.
 */
import { connect } from 'node:net';
import type { Answer } from './hostile-cases.js';

/**
 * Writes `request` and reads one response. Resolves as soon as a complete response (head + Content-Length bytes)
 * arrived, without waiting for the server to read what the request announced.
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete response within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (answer: Answer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const head = received.indexOf('\r\n\r\n');
      if (head < 0) return;
      const headText = received.subarray(0, head).toString('latin1');
      const length = Number(/content-length:\s*(\d+)/i.exec(headText)?.[1] ?? NaN);
      const body = received.subarray(head + 4);
      if (Number.isNaN(length) || body.length < length) return;
      finish({ statusCode: Number(headText.split(' ')[1]), body: body.subarray(0, length).toString('utf8') });
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.write(request);
  });
}
