/**
 * Issue 10, item 9: `tokguard baseline` on a tree it cannot read completely writes nothing: a
 * baseline missing the unread file's entries would be committed as "the" baseline and hide
 * nothing in that file, or silently replace a complete one. Root reads any file whatever its
 * mode and CI runs as root, so there the CLI runs as "nobody" (setpriv), in a directory nobody
 * may write to, so that "nothing written" is the CLI's choice and not a permission it lacked.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';

const keys = new FakeKeys('adversarial-baseline-read-error');
const root = process.getuid?.() === 0;
const canDrop = !root || existsSync('/usr/bin/setpriv');
const wrap = root ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

describe('tokguard baseline with a file it cannot read', () => {
  it.skipIf(!canDrop || process.platform === 'win32')(
    'writes no baseline (nor replaces one), names the file, exit 2',
    async () => {
      const dir = tempTree({ 'ok.env': `GH=${keys.github()}\n`, 'locked.env': `GH=${keys.github()}\n` });
      chmodSync(dir, 0o777);
      chmodSync(path.join(dir, 'ok.env'), 0o644);
      chmodSync(path.join(dir, 'locked.env'), 0o000);
      const file = path.join(dir, '.tokguard-baseline.json');

      const r = await runCli(['baseline', dir], { wrap, env: { HOME: dir } });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('tokguard: cannot read locked.env: permission denied');
      expect(r.stderr).toMatch(/no baseline written/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(file)).toBe(false);

      // An existing baseline is left as it was, not replaced by a partial one.
      writeFileSync(file, '{"previous": true}\n');
      chmodSync(file, 0o666);
      const again = await runCli(['baseline', dir, '-o', file], { wrap, env: { HOME: dir } });
      expect(again.code).toBe(2);
      expect(readFileSync(file, 'utf8')).toBe('{"previous": true}\n');

      // Once the file is readable the baseline is written, as nobody too: the directory allowed it.
      chmodSync(path.join(dir, 'locked.env'), 0o644);
      const ok = await runCli(['baseline', dir, '-o', file], { wrap, env: { HOME: dir } });
      expect(ok.code, ok.stderr).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).entries).toHaveLength(2);
    },
  );
});
