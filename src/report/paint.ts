import type { ChalkInstance } from 'chalk';

/**
 * A chalk-shaped painter that adds no colour: any style chain (`c.red.bold`) is itself, and
 * calling it joins its arguments as chalk does. Output without colour (a pipe, a file, CI,
 * NO_COLOR) never loads chalk, whose terminal detection costs the pre-commit hook milliseconds.
 */
const plain: ChalkInstance = new Proxy((...text: unknown[]) => text.join(' '), {
  // Not a thenable (`await painter()` would call it and never settle), and no symbols.
  get: (_target, prop) => (prop === 'level' ? 0 : prop === 'then' || typeof prop === 'symbol' ? undefined : plain),
}) as unknown as ChalkInstance;

export const PLAIN: ChalkInstance = plain;

/** chalk at basic colour when `color` is set, else PLAIN. */
export async function painter(color: boolean): Promise<ChalkInstance> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
