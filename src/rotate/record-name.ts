/** The committed record of rotated secrets at the repository root (see rotated.ts). */
export const ROTATED_FILE = '.tokguard-rotated.json';
