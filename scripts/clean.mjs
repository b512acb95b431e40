// Removes build output so a renamed source file cannot leave a stale module behind in dist/.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
