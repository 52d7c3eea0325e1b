/**
 * `danvan backup verify FILE`: reads the whole archive without restoring it and checks that every
 * entry matches the manifest (size, SHA-256, row count), that every row is valid JSON with the
 * listed columns, that every attachment's bytes match the checksum its database row records, and
 * that the audit trail's hash chain is intact up to the head the manifest names.
 */
import { createHash, type Hash } from 'node:crypto';
import { auditRowHash, GENESIS_HASH, type ChainedRow } from '../../domain/audit/chain.js';
import { BACKUP_FORMAT, type BackupManifest } from './create-backup.js';
import { readTarGz, type TarSink } from './tar.js';

export interface BackupVerification {
  manifest: BackupManifest | null;
  problems: string[];
}

/** Splits a byte stream into lines (UTF-8) across chunk boundaries. */
export function lineSplitter(onLine: (line: string) => void): {
  push(chunk: Buffer): void;
  end(): void;
} {
  let rest = Buffer.alloc(0);
  return {
    push(chunk) {
      let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10)) {
        onLine(buf.subarray(0, i).toString('utf8'));
        buf = buf.subarray(i + 1);
      }
      rest = Buffer.from(buf);
    },
    end() {
      if (rest.length) onLine(rest.toString('utf8'));
      rest = Buffer.alloc(0);
    },
  };
}

/** Checks an archive; `problems` is empty when it is complete and intact. */
export async function verifyBackup(file: string): Promise<BackupVerification> {
  const problems: string[] = [];
  let manifest: BackupManifest | null = null;
  const seen = new Set<string>();
  const attachmentSums = new Map<string, string>();
  const fileSums = new Map<string, string>();
  let chain = { seq: 0, hash: GENESIS_HASH, broken: false };

  const open = (name: string, size: number): TarSink => {
    if (!manifest) {
      if (name !== 'manifest.json') {
        problems.push('manifest.json is not the first entry');
        return { data() {}, end() {} };
      }
      const parts: Buffer[] = [];
      return {
        data: (c) => parts.push(Buffer.from(c)),
        end: () => {
          try {
            const m = JSON.parse(Buffer.concat(parts).toString('utf8')) as BackupManifest;
            if (m.format !== BACKUP_FORMAT || m.formatVersion !== 1)
              problems.push(
                `not a Dân Vận backup (format ${String(m.format)} ${String(m.formatVersion)})`,
              );
            manifest = m;
          } catch {
            problems.push('manifest.json is not valid JSON');
          }
        },
      };
    }
    const m: BackupManifest = manifest;
    seen.add(name);
    const hash: Hash = createHash('sha256');
    let bytes = 0;
    const table = m.tables.find((t) => t.entry === name);
    const listed = table ?? m.files.find((f) => f.entry === name);
    if (!listed) problems.push(`${name}: not listed in the manifest`);
    let rows = 0;
    const lines = lineSplitter((line) => {
      if (!table || line === '') return;
      rows++;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line) as Record<string, unknown>;
      } catch {
        problems.push(`${name} row ${rows}: not valid JSON`);
        return;
      }
      const cols = Object.keys(row);
      if (cols.length !== table.columns.length || table.columns.some((c) => !(c in row)))
        problems.push(`${name} row ${rows}: columns differ from the manifest`);
      if (table.name === 'attachments')
        attachmentSums.set(String(row.storage_key), String(row.sha256));
      if (table.name === 'audit_events' && !chain.broken) {
        const r = row as unknown as ChainedRow & { hash: string };
        if (r.seq !== chain.seq + 1 || r.prev_hash !== chain.hash || auditRowHash(r) !== r.hash) {
          problems.push(`audit trail broken at seq ${r.seq}`);
          chain.broken = true;
        }
        chain = { seq: r.seq, hash: r.hash, broken: chain.broken };
      }
    });
    return {
      data(c) {
        hash.update(c);
        bytes += c.length;
        if (table) lines.push(c);
      },
      end() {
        lines.end();
        const sha = hash.digest('hex');
        if (listed && (listed.bytes !== bytes || listed.sha256 !== sha))
          problems.push(`${name}: size or checksum differs from the manifest`);
        if (table && table.rows !== rows)
          problems.push(`${name}: ${rows} rows, manifest says ${table.rows}`);
        if (!table) fileSums.set(name, sha);
        void size;
      },
    };
  };

  try {
    await readTarGz(file, open);
  } catch (e) {
    problems.push(`archive unreadable: ${e instanceof Error ? e.message : String(e)}`);
  }
  const m = manifest as BackupManifest | null;
  if (!m)
    return { manifest: null, problems: problems.length ? problems : ['manifest.json missing'] };
  for (const e of [...m.tables.map((t) => t.entry), ...m.files.map((f) => f.entry)])
    if (!seen.has(e)) problems.push(`${e}: listed in the manifest but missing from the archive`);
  for (const [key, sha] of attachmentSums) {
    const got = fileSums.get(`files/attachments/${key.slice(0, 2)}/${key}`);
    if (got === undefined) problems.push(`attachment ${key}: file not in the archive`);
    else if (got !== sha)
      problems.push(`attachment ${key}: bytes differ from the checksum recorded in the database`);
  }
  if (m.audit && !chain.broken && (m.audit.seq !== chain.seq || m.audit.hash !== chain.hash))
    problems.push(
      `audit trail head differs: manifest seq ${m.audit.seq}, archive ends at seq ${chain.seq}`,
    );
  return { manifest: m, problems };
}
