import { chmod, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { printable } from '../report/terminal.js';

/**
 * `tokguard hook install|uninstall`: a pre-commit hook in the repository's effective hooks
 * directory (core.hooksPath respected). An existing hook is kept and chained, never overwritten,
 * and uninstall puts it back. This module is also imported by the staged scan for the block
 * message, so it imports nothing at the top that only install needs (the git runner is loaded there).
 */

export const HOOK_NAME = 'pre-commit';
export const CHAINED_SUFFIX = '.tokguard-chained';
const MARKER = '# tokguard-managed-hook v1';

export interface HookOptions {
  force?: boolean;
}

export interface HookPaths {
  hooksDir: string;
  hook: string;
  chained: string;
}

/** The hooks directory git will run hooks from, as seen from `repo`. */
export async function resolveHookPaths(repo: string): Promise<HookPaths> {
  const dir = path.resolve(repo);
  try {
    if (!(await lstat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UserError(`${repo}: no such directory`);
  }
  const { runGit, isNotARepository } = await import('../sources/git/exec.js');
  const r = await runGit(['rev-parse', '--git-path', 'hooks'], dir);
  if (r.code !== 0) {
    if (isNotARepository(r.stderr)) throw new UserError(`${repo}: not a git repository`);
    throw new UserError(`git rev-parse: ${r.stderr.trim().split('\n')[0] ?? 'failed'}`);
  }
  const hooks = r.stdout.toString('utf8').trim();
  const hooksDir = path.resolve(dir, hooks);
  return { hooksDir, hook: path.join(hooksDir, HOOK_NAME), chained: path.join(hooksDir, HOOK_NAME + CHAINED_SUFFIX) };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The bin script of this installation (dist/cli/hook.js → bin/tokguard.js). */
export function installedBin(): string {
  return path.join(PACKAGE_ROOT, 'bin', 'tokguard.js');
}

/**
 * The hook script. It runs this installation of tokguard directly (no npx: that costs seconds and
 * may download), falling back to `tokguard` on PATH when the installation has moved; then the
 * hook that was there before, if any. Its exit status is tokguard's when tokguard blocks.
 */
export function hookScript(node = process.execPath, bin = installedBin()): string {
  return `#!/bin/sh
${MARKER}
# Installed by \`tokguard hook install\`; \`tokguard hook uninstall\` removes it and restores any
# hook that was here before (kept as ${HOOK_NAME}${CHAINED_SUFFIX} and run after tokguard).
tokguard_node=${shellQuote(node)}
tokguard_bin=${shellQuote(bin)}
if [ -x "$tokguard_node" ] && [ -f "$tokguard_bin" ]; then
  "$tokguard_node" "$tokguard_bin" scan --staged || exit $?
elif command -v tokguard >/dev/null 2>&1; then
  tokguard scan --staged || exit $?
else
  echo "tokguard: not found (was $tokguard_bin); reinstall it, or remove this hook with: tokguard hook uninstall" >&2
  exit 2
fi
chained="$(dirname "$0")/${HOOK_NAME}${CHAINED_SUFFIX}"
if [ -x "$chained" ]; then
  exec "$chained" "$@"
fi
exit 0
`;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

export async function isTokguardHook(file: string): Promise<boolean> {
  try {
    if (!(await lstat(file)).isFile()) return false;
    return (await readFile(file, 'utf8')).includes(MARKER);
  } catch {
    return false;
  }
}

export async function installHook(repo: string, options: HookOptions = {}): Promise<string> {
  const p = await resolveHookPaths(repo);
  await mkdir(p.hooksDir, { recursive: true });
  const ours = await isTokguardHook(p.hook);
  let message: string;
  if (ours) {
    message = `tokguard pre-commit hook already installed in ${p.hooksDir}; updated it.`;
  } else if (await exists(p.hook)) {
    if (await exists(p.chained)) {
      if (!options.force)
        throw new UserError(
          `${p.hook} exists and so does ${path.basename(p.chained)} from an earlier install; ` +
            'run "tokguard hook install --force" to chain the current hook and keep the older one with a .old suffix',
        );
      await rename(p.chained, `${p.chained}.old`);
    }
    await rename(p.hook, p.chained);
    message = `Installed the tokguard pre-commit hook in ${p.hooksDir}; the existing hook was kept as ${path.basename(p.chained)} and runs after tokguard.`;
  } else {
    message = `Installed the tokguard pre-commit hook in ${p.hooksDir}.`;
  }
  await writeFile(p.hook, hookScript(), { mode: 0o755 });
  await chmod(p.hook, 0o755);
  return message;
}

export async function uninstallHook(repo: string): Promise<string> {
  const p = await resolveHookPaths(repo);
  if (!(await isTokguardHook(p.hook))) {
    return (await exists(p.hook))
      ? `The pre-commit hook in ${p.hooksDir} is not tokguard's; left it alone.`
      : `No tokguard pre-commit hook in ${p.hooksDir}; nothing to do.`;
  }
  await rm(p.hook);
  if (await exists(p.chained)) {
    await rename(p.chained, p.hook);
    return `Removed the tokguard pre-commit hook from ${p.hooksDir} and restored the previous hook.`;
  }
  return `Removed the tokguard pre-commit hook from ${p.hooksDir}.`;
}

/**
 * What a blocked commit prints under the findings: where, which rule, how to let a false
 * positive through, and that a real key has to be rotated, not only deleted.
 */
export function blockMessage(findings: Finding[]): string {
  const n = findings.length;
  const lines = [
    '',
    `tokguard blocked this commit: ${n === 1 ? 'a secret' : `${n} secrets`} in the staged changes.`,
    ...findings
      .slice(0, 20)
      .map((f) => `  ${printable(f.file)}:${f.line}  ${printable(`${f.ruleName} [${f.ruleId}]`)}`),
    ...(n > 20 ? [`  … and ${n - 20} more (see above)`] : []),
    '',
    'A false positive? Add "tokguard:allow" in a comment on that line (or "tokguard:allow-next-line" on the',
    'line above), or allowlist it in .tokguard.yaml; then stage and commit again. To skip the check for',
    'this one commit: git commit --no-verify.',
    'A real key? Deleting it from the file is not enough: it has already left your hands (editor history,',
    'backups, maybe an earlier push). Treat it as leaked and rotate it: revoke it and issue a new one',
    '(tokguard rotate can do both), then keep the new one out of the code.',
    '',
  ];
  return lines.join('\n');
}
