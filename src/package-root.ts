import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The tokguard package folder (holding package.json, bin/, dist/, rules/), found by walking up
 * from this module. The code runs from src/ under the tests, from dist/ and from the bundle in
 * dist/bundle/, so a fixed relative path would be right in only some of them.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'rules'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('tokguard: cannot find its package folder');
    dir = parent;
  }
})();
