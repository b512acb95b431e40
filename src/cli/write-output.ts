import { writeFileSafely } from '../report/write-file.js';

/** Names of this process's own streams: written through the stream, which works for pipes, sockets and terminals alike. */
const STREAMS: Readonly<Record<string, NodeJS.WriteStream>> = {
  '/dev/stdout': process.stdout,
  '/dev/stderr': process.stderr,
};

/**
 * Writes a report to `file` (`-o`): complete or not at all, mode 0600, never through a symbolic
 * link (see writeFileSafely). /dev/null, FIFOs and terminals are written in place.
 */
export async function writeOutput(file: string, text: string): Promise<void> {
  const stream = STREAMS[file];
  if (stream) {
    // Opening /dev/stdout anew fails on a socket (ENXIO), which is what a parent's pipe can be.
    stream.write(text);
    return;
  }
  await writeFileSafely(file, text, { what: 'report', mode: 0o600 });
}
