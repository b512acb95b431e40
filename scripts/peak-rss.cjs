// Preloaded by `npm run bench` (memory, history): the process's peak resident set and CPU time,
// main thread and worker threads together (not the git processes it runs), on stderr as it exits.
process.on('exit', () => {
  const r = process.resourceUsage();
  process.stderr.write(`peak-rss-kb ${r.maxRSS}\ncpu-ms ${Math.round((r.userCPUTime + r.systemCPUTime) / 1000)}\n`);
});
