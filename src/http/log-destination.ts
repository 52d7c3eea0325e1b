import fs from 'node:fs';

/** What the server writes its log lines to; `dropped()` counts lines the storage refused. */
export interface LogDestination {
  write(line: string): void;
  dropped(): number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A log destination that can never take the server down. Pino's default stream emits an 'error'
 * on ENOSPC or EIO (stdout redirected to a file on a full disk), which ends the process: measured,
 * a full disk stopped the server that way. Here a line the storage refuses is dropped and counted,
 * a full pipe (EAGAIN) is waited for briefly, and the first drop is reported once on stderr.
 */
export function safeLogDestination(fd = 1): LogDestination {
  let dropped = 0;
  let warned = false;
  return {
    dropped: () => dropped,
    write(line: string) {
      let rest = Buffer.from(line);
      for (let attempt = 0; rest.length > 0;) {
        try {
          rest = rest.subarray(fs.writeSync(fd, rest));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EAGAIN' && attempt++ < 200) {
            Atomics.wait(pause, 0, 0, 5);
            continue;
          }
          dropped++;
          if (!warned) {
            warned = true;
            try {
              fs.writeSync(
                2,
                `danvan: log lines are being dropped (${(e as NodeJS.ErrnoException).code ?? 'error'}): check the disk the log goes to\n`,
              );
            } catch {
              // stderr is on the same full disk: nothing more to do, the server keeps serving.
            }
          }
          return;
        }
      }
    },
  };
}
