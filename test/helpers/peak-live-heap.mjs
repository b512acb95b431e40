// Preloaded (NODE_OPTIONS="--expose-gc --import …") by memory tests: the main thread's largest
// live heap over the run, each sample taken right after a full collection, so garbage V8 has
// not collected yet does not count. Printed on stderr at exit as `peak-live-heap-kb N`.
import { isMainThread } from 'node:worker_threads';
if (isMainThread && typeof globalThis.gc === 'function') {
  let peak = 0;
  const sample = () => {
    globalThis.gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    process.stderr.write(`peak-live-heap-kb ${Math.round(peak / 1024)}\n`);
  });
}
