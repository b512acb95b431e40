import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { signalIfStill } from './processes.js';

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** A process that sleeps, with `name` as its command (bash's `exec -a`), and its exit. */
function sleeper(name: string): { child: ChildProcess; exited: Promise<NodeJS.Signals | null> } {
  const child = spawn('bash', ['-c', `exec -a ${name} sleep 60`], { stdio: 'ignore' });
  started.push(child);
  return { child, exited: new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal))) };
}

/** Until `ps` shows the command `name` at the child's pid (bash has run its exec). */
async function running(child: ChildProcess, name: RegExp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (name.test(spawnSync('ps', ['-o', 'args=', '-p', String(child.pid)], { encoding: 'utf8' }).stdout)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the sleeper did not start');
}

describe('signalIfStill', () => {
  it('signals the process when its pid still runs the command meant', async () => {
    const moto = sleeper('moto_server');
    await running(moto.child, /moto_server/);
    expect(signalIfStill(moto.child.pid!, /moto/)).toBe(true);
    expect(await moto.exited).toBe('SIGTERM');
  });

  it('leaves alone another process that has the pid now (a reused pid)', async () => {
    // What a stale pid may point at: a CLI child of another test file.
    const other = sleeper('tokguard-cli-child');
    await running(other.child, /tokguard-cli-child/);
    expect(signalIfStill(other.child.pid!, /moto/)).toBe(false);
    expect(other.child.exitCode === null && other.child.signalCode === null).toBe(true);
  });

  it('sends nothing to a pid whose process has ended', async () => {
    const gone = sleeper('moto_server');
    await running(gone.child, /moto_server/);
    gone.child.kill('SIGKILL');
    await gone.exited;
    expect(signalIfStill(gone.child.pid!, /moto/)).toBe(false);
    expect(signalIfStill(0, /moto/)).toBe(false);
  });
});
