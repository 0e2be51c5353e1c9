/**
 * Test helper: a TCP proxy between a desk and the server whose cable can be pulled (cut) and plugged back in, or
 * that drops the connection of the next requests naming a path (a request lost to a reset or a timeout), holds
 * requests or answers back, and notes the status of each answer by the path of the request it answers.
 */
import net from 'node:net';

export interface TcpProxy {
  url: string;
  cut(): void;
  restore(): void;
  /** Drop the connection of each of the next `times` requests whose request line names `path` (unanswered). */
  dropRequests(path: string, times: number): void;
  /** How many requests dropRequests has dropped so far. */
  dropped(): number;
  /** Hold back the answers to requests naming `path` (the server has them, the desk does not hear) … */
  holdReplies(path: string): void;
  /** … until released. */
  releaseReplies(): void;
  /** Hold back requests naming `path` on their way to the server (the desk has sent them, the server has not them) … */
  holdRequests(path: string): void;
  /** How many requests holdRequests is holding. */
  heldRequests(): number;
  /** … until released: the server gets them now. */
  releaseRequests(): void;
  /** The HTTP statuses of the answers so far to requests naming `path` (without its query), in order. */
  answers(path: string): number[];
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let connected = true;
  let drop: { line: string; left: number } | null = null;
  let droppedCount = 0;
  let holdLine: string | null = null;
  const held: Array<{ client: net.Socket; chunks: Buffer[] }> = [];
  let holdRequestLine: string | null = null;
  const heldRequests: Array<{ upstream: net.Socket; chunks: Buffer[] }> = [];
  const answers: Array<{ path: string; status: number }> = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!connected) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const dropConnection = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', dropConnection).on('close', dropConnection);
    upstream.on('error', dropConnection).on('close', dropConnection);
    // The path of the request this connection sent last: the next answer on it answers that one.
    let lastPath = '';
    client.on('data', (chunk: Buffer) => {
      const line = /^[A-Z]+ (\S+) HTTP\//.exec(chunk.subarray(0, 2048).toString('latin1'));
      if (line) lastPath = line[1].split('?')[0];
      const holding = heldRequests.find((h) => h.upstream === upstream);
      if (holding || (holdRequestLine !== null && chunk.includes(holdRequestLine))) {
        if (holding) holding.chunks.push(chunk);
        else heldRequests.push({ upstream, chunks: [chunk] });
        return;
      }
      if (drop !== null && drop.left > 0 && chunk.includes(drop.line)) {
        drop.left -= 1;
        droppedCount += 1;
        drop = drop.left > 0 ? drop : null;
        dropConnection();
        return;
      }
      if (holdLine !== null && chunk.includes(holdLine) && !held.some((h) => h.client === client)) held.push({ client, chunks: [] });
      upstream.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('data', (chunk: Buffer) => {
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(chunk.subarray(0, 32).toString('latin1'));
      if (status) answers.push({ path: lastPath, status: Number(status[1]) });
      const hold = held.find((h) => h.client === client);
      if (hold) hold.chunks.push(chunk);
      else client.write(chunk);
    });
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const cut = () => {
    connected = false;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    cut,
    restore() {
      connected = true;
    },
    dropRequests(path, times) {
      drop = { line: ` ${path} HTTP/`, left: times };
    },
    dropped: () => droppedCount,
    holdReplies(path) {
      holdLine = ` ${path} HTTP/`;
    },
    releaseReplies() {
      holdLine = null;
      for (const { client, chunks } of held.splice(0)) for (const chunk of chunks) client.write(chunk);
    },
    holdRequests(path) {
      holdRequestLine = ` ${path} HTTP/`;
    },
    heldRequests: () => heldRequests.length,
    releaseRequests() {
      holdRequestLine = null;
      for (const { upstream, chunks } of heldRequests.splice(0)) for (const chunk of chunks) upstream.write(chunk);
    },
    answers: (path) => answers.filter((a) => a.path === path).map((a) => a.status),
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
