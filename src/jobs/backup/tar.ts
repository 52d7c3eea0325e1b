/**
 * A minimal gzip-compressed tar (ustar) writer and reader for backup archives: regular files only,
 * names up to 100 bytes. Any `tar -xzf` can unpack the result; no dependency is needed for it.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

const BLOCK = 512;

/** One file to put into the archive: in-memory bytes or a file on disk. */
export type TarEntry =
  { name: string; body: Buffer } | { name: string; path: string; size: number };

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length > 100) throw new Error(`archive entry name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  nameBytes.copy(h, 0);
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Writes the entries, in order, to a .tar.gz file. */
export async function writeTarGz(file: string, entries: Iterable<TarEntry>): Promise<void> {
  const mtime = Math.floor(Date.now() / 1000);
  async function* blocks(): AsyncGenerator<Buffer> {
    for (const e of entries) {
      if ('body' in e) {
        yield header(e.name, e.body.length, mtime);
        yield e.body;
        yield padding(e.body.length);
      } else {
        yield header(e.name, e.size, mtime);
        let written = 0;
        for await (const chunk of fs.createReadStream(e.path)) {
          written += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
        if (written !== e.size) throw new Error(`${e.path} changed while it was archived`);
        yield padding(e.size);
      }
    }
    yield Buffer.alloc(BLOCK * 2);
  }
  await pipeline(
    Readable.from(blocks()),
    createGzip({ level: 6 }),
    fs.createWriteStream(file, { flags: 'wx' }),
  );
}

/** Receives one entry's bytes as they are read. */
export interface TarSink {
  data(chunk: Buffer): void;
  end(): void;
}

/** Reads a .tar.gz, calling `open` for every regular file and feeding it the file's bytes. */
export async function readTarGz(
  file: string,
  open: (name: string, size: number) => TarSink,
): Promise<void> {
  let buf: Buffer = Buffer.alloc(0);
  let sink: TarSink | null = null;
  let remaining = 0;
  let pad = 0;
  let ended = false;
  async function consume(source: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of source) {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (;;) {
        if (sink) {
          if (buf.length === 0) break;
          const take = Math.min(remaining, buf.length);
          if (take > 0) sink.data(buf.subarray(0, take));
          buf = buf.subarray(take);
          remaining -= take;
          if (remaining > 0) break;
          sink.end();
          sink = null;
          continue;
        }
        if (pad > 0) {
          const skip = Math.min(pad, buf.length);
          buf = buf.subarray(skip);
          pad -= skip;
          if (pad > 0) break;
        }
        if (ended || buf.length < BLOCK) break;
        const h = buf.subarray(0, BLOCK);
        buf = buf.subarray(BLOCK);
        if (h.every((b) => b === 0)) {
          ended = true;
          break;
        }
        const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(
          h.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0',
          8,
        );
        const type = String.fromCharCode(h[156] ?? 48);
        if (!Number.isFinite(size) || size < 0) throw new Error('damaged archive header');
        pad = (BLOCK - (size % BLOCK)) % BLOCK;
        remaining = size;
        sink = type === '0' || type === '\0' ? open(name, size) : { data() {}, end() {} };
        if (size === 0) {
          sink.end();
          sink = null;
        }
      }
    }
  }
  await pipeline(fs.createReadStream(file), createGunzip(), consume);
  if (sink || remaining > 0)
    throw new Error('the archive ends in the middle of a file (truncated)');
}
