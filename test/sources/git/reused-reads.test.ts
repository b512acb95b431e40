import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReusedReads } from '../../../src/sources/git/reused-reads.js';

// A child that writes `total` bytes of a known pattern in uneven writes, then exits.
const WRITER = `
const total = Number(process.argv[1]);
let at = 0, n = 0;
function more() {
  while (at < total) {
    const len = Math.min(total - at, 1000 + ((n++ * 7919) % 300000));
    const b = Buffer.alloc(len);
    for (let i = 0; i < len; i++) b[i] = (at + i) % 251;
    at += len;
    if (!process.stdout.write(b)) return process.stdout.once('drain', more);
  }
}
more();
`;

const pattern = (total: number): Buffer => {
  const b = Buffer.alloc(total);
  for (let i = 0; i < total; i++) b[i] = i % 251;
  return b;
};

describe.skipIf(process.platform === 'win32')('openReusedReads', () => {
  it("hands on a child's whole output, every read in the same memory", async () => {
    const reads = await openReusedReads();
    expect(reads).toBeDefined();
    const total = 5_000_000;
    const child = spawn(process.execPath, ['-e', WRITER, String(total)], {
      stdio: ['ignore', reads!.childEnd, 'inherit'],
    });
    reads!.spawned();
    const copies: Buffer[] = [];
    const backings = new Set<ArrayBufferLike>();
    for await (const piece of reads!.pieces()) {
      backings.add(piece.buffer);
      copies.push(Buffer.from(piece));
    }
    await new Promise((resolve) => child.once('exit', resolve));
    expect(Buffer.concat(copies).equals(pattern(total))).toBe(true);
    expect(copies.length).toBeGreaterThan(4);
    expect(backings.size).toBe(1);
  });

  it('stops the child when the reader stops early', async () => {
    const reads = await openReusedReads();
    const child = spawn(process.execPath, ['-e', WRITER, String(200_000_000)], {
      stdio: ['ignore', reads!.childEnd, 'ignore'],
    });
    reads!.spawned();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for await (const piece of reads!.pieces()) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    reads!.close();
    // The writer fails on its next write (EPIPE) instead of waiting forever for a reader.
    await exited;
  });

  describe('when set-up fails', () => {
    const realConnect = net.connect;
    afterEach(() => vi.restoreAllMocks());
    /** Open sockets of this process (client, accepted and connecting ends alike). */
    const pipes = (): number => process.getActiveResourcesInfo().filter((r) => r.startsWith('Pipe')).length;
    const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

    it('closes both ends when the connection fails after the server has accepted it', async () => {
      let client: net.Socket | undefined;
      vi.spyOn(net, 'connect').mockImplementation(((options: net.NetConnectOpts) => {
        const socket = realConnect(options);
        client = socket;
        // The connection goes through; its reader is told it failed.
        socket.once('connect', () => socket.emit('error', new Error('late failure')));
        return socket;
      }) as typeof net.connect);
      const before = pipes();
      expect(await openReusedReads()).toBeUndefined();
      await settled();
      expect(client?.destroyed).toBe(true);
      expect(pipes()).toBe(before);
    });

    it('gives up, without waiting for a connection, when the client cannot connect', async () => {
      vi.spyOn(net, 'connect').mockImplementation(((options: net.IpcNetConnectOpts) =>
        realConnect({ ...options, path: `${options.path}-missing` })) as typeof net.connect);
      const before = pipes();
      expect(await openReusedReads()).toBeUndefined();
      await settled();
      expect(pipes()).toBe(before);
    }, 5000);
  });
});
