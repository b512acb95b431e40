import type { Ignore } from 'ignore';

/** One ignore file's rules, scoped to its folder (relative to the root, '' for the root). */
export interface IgnoreLayer {
  base: string;
  ig: Ignore;
}

/**
 * Whether any layer ignores `rel` (relative to the root, forward slashes). Each layer sees the
 * path relative to its own folder, as git scopes a nested `.gitignore`; a folder is tested
 * with a trailing slash so folder-only patterns (`build/`) apply.
 */
export function ignoredByLayers(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.base ? rel.slice(layer.base.length + 1) : rel;
    if (layer.ig.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}
