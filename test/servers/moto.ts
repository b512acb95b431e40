/**
 * Starts moto_server (or `python3 -m moto.server`) on a free loopback port for the AWS tests,
 * waits until it answers, and stops it in teardown. When moto is not installed the suites skip
 * with a loud message, except in CI (CI set), where they fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Moto {
  url: string;
  reset(): Promise<void>;
  /**
   * Turns request authentication on (signatures checked against moto's IAM users, their
   * policies enforced, as AWS does) or off. moto's /moto-api/reset-auth takes how many requests
   * may still go unauthenticated: 0 for on, inf for off.
   */
  auth(on: boolean): Promise<void>;
  stop(): Promise<void>;
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function motoCommand(): string[] | undefined {
  if (which('moto_server')) return ['moto_server'];
  if (spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0)
    return ['python3', '-m', 'moto.server'];
  return undefined;
}

/** True when the AWS suites should run; logs loudly and returns false when they must be skipped. */
export function motoAvailable(): boolean {
  if (motoCommand()) return true;
  if (process.env.CI)
    throw new Error('moto_server is not installed, and CI is set: the AWS rotation tests cannot be skipped in CI');
  console.warn(
    '\n!!! moto_server is not installed: SKIPPING the AWS rotation tests (install moto[server] to run them) !!!\n',
  );
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** `env`: moto settings, e.g. INITIAL_NO_AUTH_ACTION_COUNT to make it check credentials after N calls. */
export async function startMoto(env: Record<string, string> = {}): Promise<Moto> {
  const cmd = motoCommand();
  if (!cmd) throw new Error('moto_server is not installed');
  const port = await freePort();
  const child: ChildProcess = spawn(cmd[0]!, [...cmd.slice(1), '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/moto-api/`);
      if (r.status < 500) break;
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not start on ${url}: ${stderr.slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    async reset() {
      await fetch(`${url}/moto-api/reset`, { method: 'POST' });
    },
    async auth(on: boolean) {
      const r = await fetch(`${url}/moto-api/reset-auth`, { method: 'POST', body: on ? '0' : 'inf' });
      if (!r.ok) throw new Error(`moto reset-auth answered ${r.status}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
