import { spawnSync } from 'node:child_process';

/**
 * Sends `signal` to `pid` only if that pid is still the process meant: alive, and its command
 * line matching `command`. A test that signals a pid it did not spawn itself (a server a script
 * started and detached, which the script may already have stopped) must not trust the number:
 * once that process has ended its pid is free, and with pid_max at 32768 and a test run spawning
 * git and CLI children by the thousand it is soon another's, such as a CLI child of a test file
 * running beside this one, which then dies of a stray SIGTERM. `ps` says what runs at the pid
 * (Linux and macOS alike); where it cannot say, nothing is sent. True when the signal was sent.
 */
export function signalIfStill(pid: number, command: RegExp, signal: NodeJS.Signals = 'SIGTERM'): boolean {
  if (!Number.isInteger(pid) || pid <= 1) return false;
  const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  if (ps.status !== 0 || !command.test(ps.stdout)) return false;
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // ended in between
  }
}
