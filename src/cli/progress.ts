/**
 * A spinner on stderr, only when stderr is a terminal and only once the scan has run long
 * enough to need one: ora is imported lazily so short scans (the pre-commit hook) never load it.
 */
export interface Progress {
  stop(): void;
}

const DELAY_MS = 400;

export function startProgress(enabled: boolean, text: () => string): Progress {
  if (!enabled || !process.stderr.isTTY || process.env.CI) return { stop() {} };
  let stopped = false;
  let spinner: { stop(): void; text: string } | undefined;
  let refresh: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    void import('ora').then(({ default: ora }) => {
      if (stopped) return;
      spinner = ora({ text: text(), stream: process.stderr }).start();
      refresh = setInterval(() => {
        if (spinner) spinner.text = text();
      }, 200);
      refresh.unref();
    });
  }, DELAY_MS);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (refresh) clearInterval(refresh);
      spinner?.stop();
    },
  };
}
