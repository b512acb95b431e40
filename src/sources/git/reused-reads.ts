import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A child's output read into one buffer used again for every read, instead of a fresh 64 KB
 * `Buffer` per read of a pipe. A history scan reads gigabytes from `git cat-file --batch`
 * (lodash: 3.4 GB), and on the reading thread those buffers were garbage by the tens of
 * thousands, external memory that set off a collection every few dozen MB (docs/performance.md,
 * history, tenth round).
 *
 * Node reads into a buffer of one's own only from a `net.Socket` it connects itself (`onread`),
 * so the child writes into a connected Unix socket instead of a pipe: a server in a directory of
 * its own (mode 0700, so no other user can connect first and be handed git's output) accepts
 * our one connection, and the accepted end becomes the child's stdout. Windows, or any failure
 * to set this up, keeps the pipe (`openReusedReads` answers undefined).
 */
export interface ReusedReads {
  /** The child's stdout: pass it in `stdio`, then call `spawned`. */
  readonly childEnd: net.Socket;
  /** The child has its own copy of `childEnd` now; this process closes its copy. */
  spawned(): void;
  /** The child's output, read by read; each piece is valid only until the next is asked for. */
  pieces(): AsyncGenerator<Buffer>;
  /** Stops reading (a reader that stops early). */
  close(): void;
}

/** Bytes per read: a few large reads per MB instead of sixteen, and one buffer for all of them. */
const READ_BYTES = 1024 * 1024;

export async function openReusedReads(): Promise<ReusedReads | undefined> {
  if (process.platform === 'win32') return undefined;
  let dir: string | undefined;
  let server: net.Server | undefined;
  let client: net.Socket | undefined;
  let accepted: Promise<net.Socket> | undefined;
  try {
    dir = await mkdtemp(path.join(tmpdir(), 'tokguard-'));
    const where = path.join(dir, 'out');
    const listening = net.createServer();
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(where, () => resolve());
    });
    accepted = new Promise<net.Socket>((resolve, reject) => {
      listening.once('connection', resolve);
      listening.once('error', reject);
    });
    const reader = new SocketReader();
    const connecting = reader.connect(where);
    client = connecting;
    // Both ends, or the first failure: a client that cannot connect is never accepted, and
    // waiting for its accepted end first would wait forever.
    const [childEnd] = await Promise.all([accepted, reader.connected]);
    childEnd.pause(); // nothing comes this way; the child writes through it to `client`
    return {
      childEnd,
      spawned: () => childEnd.destroy(),
      pieces: () => reader.pieces(),
      close: () => connecting.destroy(),
    };
  } catch {
    // Nothing is handed on, so nothing else will close the ends: a socket left to the
    // collector holds its descriptor (and the server's end its peer) until a collection runs.
    client?.destroy();
    void accepted?.then(
      (childEnd) => childEnd.destroy(),
      () => {},
    );
    return undefined;
  } finally {
    server?.close();
    // The connection outlives the socket's name.
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

/** The reading end: each read pauses the socket until the piece it filled has been used. */
class SocketReader {
  private readonly buffer = Buffer.allocUnsafeSlow(READ_BYTES);
  private ready: Buffer | undefined;
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private socket: net.Socket | undefined;
  connected: Promise<void> = Promise.resolve();

  connect(where: string): net.Socket {
    const socket = net.connect({
      path: where,
      onread: {
        buffer: this.buffer,
        callback: (n: number): boolean => {
          this.ready = this.buffer.subarray(0, n);
          this.notify();
          return false; // paused until `pieces` has handed this read on
        },
      },
    });
    this.socket = socket;
    this.connected = new Promise((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    const finish = (): void => {
      this.ended = true;
      this.notify();
    };
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (e) => {
      this.failure ??= e;
      finish();
    });
    return socket;
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async *pieces(): AsyncGenerator<Buffer> {
    for (;;) {
      if (!this.ready && !this.ended) await new Promise<void>((resolve) => (this.wake = resolve));
      const piece = this.ready;
      if (piece) {
        this.ready = undefined;
        yield piece;
        this.socket!.resume();
        continue;
      }
      if (this.ended) {
        if (this.failure) throw this.failure;
        return;
      }
    }
  }
}
