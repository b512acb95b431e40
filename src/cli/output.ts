import type { ChalkInstance } from 'chalk';
import { painter } from '../report/paint.js';

/**
 * Whether to colour what goes to `stream`. chalk decides colour from the terminal but ignores
 * NO_COLOR when FORCE_COLOR is unset and a TTY is attached; users expect NO_COLOR
 * (no-color.org) and --no-color to win everywhere.
 */
export function colorEnabled(stream: NodeJS.WriteStream, wantColor: boolean | undefined): boolean {
  const noColorEnv = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  let enabled = wantColor ?? (forced || (Boolean(stream.isTTY) && !noColorEnv));
  if (noColorEnv && wantColor !== true) enabled = false;
  return enabled;
}

/** A painter for `stream`: chalk when colour is on, a plain pass-through (chalk not loaded) when off. */
export function makeChalk(stream: NodeJS.WriteStream, wantColor: boolean | undefined): Promise<ChalkInstance> {
  return painter(colorEnabled(stream, wantColor));
}
