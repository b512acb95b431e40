/** Parses sizes like `10MB`, `512k`, `1.5G` or `1048576` (multiples of 1024); throws saying why not. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new Error(`not a size: "${value}" (use e.g. 10MB, 512KB or a number of bytes)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}
