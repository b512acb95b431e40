/**
 * `--include` / `--exclude` for git sources: the same globs as a directory scan (picomatch,
 * dotfiles included), matched against repository-relative paths. picomatch is imported only
 * when globs are given.
 */
export async function gitPathFilter(
  include?: string[],
  exclude?: string[],
): Promise<((path: string) => boolean) | undefined> {
  if (!include?.length && !exclude?.length) return undefined;
  const { default: picomatch } = await import('picomatch');
  const inc = include?.length ? picomatch(include, { dot: true }) : undefined;
  const exc = exclude?.length ? picomatch(exclude, { dot: true }) : undefined;
  // An excluded folder excludes what is in it, as in a directory scan.
  const excluded = (p: string): boolean => {
    if (!exc) return false;
    if (exc(p)) return true;
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
      const dir = p.slice(0, i);
      if (exc(dir) || exc(`${dir}/`)) return true;
    }
    return false;
  };
  return (p) => (!inc || inc(p)) && !excluded(p);
}
