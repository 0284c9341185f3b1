/**
 * Servers that stall, each in one way a proxy or a server can: silent after accepting, a tunnel that
 * forwards nothing, a connect that never completes. All on loopback; each closes itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';

export interface Stall {
  /** A proxy URL for HTTPS_PROXY. */
  url: string;
  close(): Promise<void>;
}

async function listen(onSocket: (socket: net.Socket) => void): Promise<Stall> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Accepts the connection, reads, and never answers. */
export const silentProxy = () => listen((socket) => socket.resume());

/** Answers CONNECT with 200, then forwards nothing: the TLS handshake through it never completes. */
export const tunnelToNowhere = () =>
  listen((socket) => {
    socket.once('data', () => socket.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
    socket.resume();
  });

/**
 * A listener whose accept queue is full and that never accepts: further connects get no SYN-ACK and
 * hang until the client gives up, as a connect to a host that drops packets does.
 */
export async function hungConnect(): Promise<Stall> {
  const script = `
import socket, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)
port = s.getsockname()[1]
fill = []
for i in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(('127.0.0.1', port))
    except BlockingIOError: pass
    fill.append(c)
time.sleep(0.2)
print(port, flush=True)
time.sleep(120)
`;
  const child: ChildProcess = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGKILL');
    },
  };
}
