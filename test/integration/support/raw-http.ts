// Raw bytes to the server, for requests no HTTP client would write (a target of `//[`, a broken
// header): resolves with whatever the server answered before it closed the socket.
import { connect } from 'node:net';

export function rawRequest(port: number, text: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(done, timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      // One response is enough: stop at the end of its head when it has no body to wait for.
      if (/\r\n\r\n/.test(answer) && /Content-Length: 0\r\n/i.test(answer)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(text, 'latin1');
  });
}

export const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
