import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { ignoredByLayers, type IgnoreLayer } from './ignore-layers.js';

/**
 * `.tokguardignore` for a git source that lists paths instead of walking folders (the staged
 * scan): the ignore files in the repository root and in each folder above a path apply, scoped
 * as git scopes `.gitignore` and as the working-tree walker reads them, and a path below an
 * ignored folder is ignored. The files are read from the working tree, once each, and the
 * `ignore` package loads only if there is one.
 */
export function tokguardIgnoreFilter(repoRoot: string): (rel: string) => boolean {
  const byDir = new Map<string, Ignore | null>();
  let makeIgnore: (() => Ignore) | undefined;
  const load = (dir: string): Ignore | null => {
    let ig = byDir.get(dir);
    if (ig === undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(path.join(repoRoot, dir, '.tokguardignore'), 'utf8');
      } catch {
        // none here (or unreadable: an unreadable ignore file ignores nothing, as in the walker)
      }
      if (text !== undefined) {
        makeIgnore ??= createRequire(import.meta.url)('ignore') as () => Ignore;
        ig = makeIgnore().add(text);
      } else {
        ig = null;
      }
      byDir.set(dir, ig);
    }
    return ig;
  };
  return (rel) => {
    const parts = rel.split('/');
    const layers: IgnoreLayer[] = [];
    let dir = '';
    for (let i = 0; i < parts.length; i++) {
      const ig = load(dir);
      if (ig) layers.push({ base: dir, ig });
      const current = dir ? `${dir}/${parts[i]}` : parts[i]!;
      if (ignoredByLayers(layers, current, i < parts.length - 1)) return true;
      dir = current;
    }
    return false;
  };
}
