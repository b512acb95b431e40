// Preloaded by `npm run bench` (memory): the process's peak resident set, main thread and worker
// threads together, on stderr as it exits.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
