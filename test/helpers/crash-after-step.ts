import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(path.join(import.meta.dirname, 'crash-after-step.mjs')).href;

/** Environment that makes a spawned tokguard die by SIGKILL right after rotation step `step`. */
export function crashAfterStepEnv(step: string): Record<string, string> {
  const inherited = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
  return { NODE_OPTIONS: `${inherited}--import=${PRELOAD}`, TOKGUARD_FAULT_AFTER_STEP: step };
}
