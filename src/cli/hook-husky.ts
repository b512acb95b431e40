import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { HookPaths } from './hook.js';

/**
 * husky 9 points core.hooksPath at `.husky/_`, where every hook is the same two-line stub that
 * sources `.husky/_/h`; `h` runs the user's script of the same name, `.husky/<hook name>`, found
 * from `$0`. A hook of ours in `.husky/_/pre-commit` that chains the stub under another name
 * makes `h` look for a script that does not exist, so the user's checks silently stop running.
 * With husky, tokguard is therefore one line in the user's `.husky/pre-commit` (committed, shared
 * with the team), and `h` puts `node_modules/.bin` on PATH for it.
 */

const LINE_MARKER = '# tokguard-managed-line v1';
export const HUSKY_LINE = `tokguard scan --staged ${LINE_MARKER} ("tokguard hook uninstall" removes this line)`;

export interface HuskyHook {
  /** `.husky/pre-commit`: the script husky's dispatcher runs. */
  script: string;
}

/** husky 9's layout: the hooks folder is `<x>/_` and holds the dispatcher `h`. */
export async function detectHusky(p: HookPaths): Promise<HuskyHook | undefined> {
  if (path.basename(p.hooksDir) !== '_') return undefined;
  try {
    if (!(await lstat(path.join(p.hooksDir, 'h'))).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return { script: path.join(path.dirname(p.hooksDir), path.basename(p.hook)) };
}

async function readIfAny(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Adds our line to `.husky/pre-commit` (first, after a shebang), once. */
export async function installHuskyLine(husky: HuskyHook): Promise<string> {
  const text = await readIfAny(husky.script);
  const shown = path.join(path.basename(path.dirname(husky.script)), path.basename(husky.script));
  if (text?.split('\n').some((l) => l.includes(LINE_MARKER)))
    return `tokguard is already in ${shown} (husky); nothing to do.`;
  const lines = text === undefined || text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const at = lines[0]?.startsWith('#!') ? 1 : 0;
  lines.splice(at, 0, HUSKY_LINE);
  await writeFile(husky.script, `${lines.join('\n')}\n`, { mode: 0o755 });
  return (
    `husky manages this repository's hooks: added "tokguard scan --staged" to ${shown}, which husky runs ` +
    'before the commit (commit that file; install tokguard as a devDependency or on PATH).'
  );
}

/** Removes our line from `.husky/pre-commit`, and the file if nothing else was in it. */
export async function uninstallHuskyLine(husky: HuskyHook): Promise<string | undefined> {
  const text = await readIfAny(husky.script);
  if (text === undefined || !text.includes(LINE_MARKER)) return undefined;
  const rest = text.split('\n').filter((l) => !l.includes(LINE_MARKER));
  const shown = path.join(path.basename(path.dirname(husky.script)), path.basename(husky.script));
  if (rest.every((l) => l.trim() === '' || l.startsWith('#!'))) {
    await rm(husky.script);
    return `Removed ${shown}, which held only the tokguard line.`;
  }
  await writeFile(husky.script, rest.join('\n'));
  return `Removed the tokguard line from ${shown}; the rest of it is unchanged.`;
}

/**
 * An install made before tokguard knew husky renamed husky's stub to `pre-commit.tokguard-chained`
 * and put its own hook in `.husky/_/pre-commit`: put the stub back.
 */
export async function restoreHuskyStub(p: HookPaths, isOurs: (file: string) => Promise<boolean>): Promise<boolean> {
  if (!(await isOurs(p.hook))) return false;
  await rm(p.hook);
  try {
    await rename(p.chained, p.hook);
  } catch {
    // no stub was chained; husky writes it again on its next run (npm install, `husky`)
  }
  return true;
}
