/**
 * The TCP connection postgres.js talks over, opened with Nagle's algorithm off (TCP_NODELAY), as libpq always does.
 * postgres.js leaves it on, and then the last small message of an exchange waits for the server's delayed
 * acknowledgement of the bytes before it (about 40 ms on Linux): every `COPY … FROM STDIN` ends with such a message,
 * so an import writing twenty chunks lost a second waiting. Unix-socket connections (`host=/run/postgresql`) have no
 * such delay and are opened as given.
 */
import { Socket } from 'node:net';

/** The part of postgres.js's parsed options a connection is opened from. */
interface ConnectionTarget {
  host: string[];
  port: number[];
  path: string | false;
}

/**
 * A `socket` option for postgres.js: each (re)connect opens the next of the URL's hosts, as the driver itself rotates
 * them. The socket is returned while it connects; what the driver writes meanwhile is sent once it is connected.
 */
export function noDelaySocketFactory(): (target: ConnectionTarget) => Socket {
  let next = 0;
  return (target) => {
    const socket = new Socket();
    if (target.path) return socket.connect(target.path);
    const i = next % target.host.length;
    next++;
    socket.setNoDelay(true);
    const host = target.host[i]!;
    const port = target.port[i] ?? target.port[0]!;
    // postgres.js reads these for TLS (the server name it asks for) and in its connection errors.
    Object.assign(socket, { host, port });
    return socket.connect(port, host);
  };
}
