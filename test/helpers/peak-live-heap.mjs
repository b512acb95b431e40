// Preloaded (NODE_OPTIONS="--expose-gc --import …") by memory tests: the main thread's largest
// live heap over the run, each sample taken right after a full collection, so garbage V8 has
// not collected yet does not count. Printed on stderr at exit as `peak-live-heap-kb N`.
// Compiled code is left out: V8 optimises more functions the longer a process runs, so code
// grows with a scan's duration, not with what the scan holds.
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
if (isMainThread && typeof globalThis.gc === 'function') {
  let peak = 0;
  const sample = () => {
    globalThis.gc();
    let used = 0;
    for (const space of v8.getHeapSpaceStatistics())
      if (!space.space_name.startsWith('code_')) used += space.space_used_size;
    peak = Math.max(peak, used);
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    process.stderr.write(`peak-live-heap-kb ${Math.round(peak / 1024)}\n`);
  });
}
