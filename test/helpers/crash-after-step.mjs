// Preloaded (node --import) into a spawned tokguard by the fault-injection tests: it listens on
// the executor's step channel and kills the process with SIGKILL right after the named step, as a
// power cut or `kill -9` would. Production code only publishes on the channel; nothing in it can
// crash itself, whatever the environment says.
import { subscribe } from 'node:diagnostics_channel';

const step = process.env.TOKGUARD_FAULT_AFTER_STEP;
if (step) {
  subscribe('tokguard:rotate:step', (message) => {
    if (message && message.step === step) process.kill(process.pid, 'SIGKILL');
  });
}
