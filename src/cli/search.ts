/**
 * `danvan search rebuild`: rebuilds the search index of every case from the cases themselves (one
 * transaction), for after a bulk load that bypassed it or to check that nothing drifted.
 */
import { rebuildSearchIndex } from '../db/search-words.js';
import { openRuntime } from './runtime.js';

/** Runs `danvan search …`; returns the exit code. */
export async function runSearchCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rebuild') {
    console.error('Cách dùng / Usage: danvan search rebuild');
    return 2;
  }
  const rt = await openRuntime({ exclusive: false });
  try {
    const started = Date.now();
    const n = await rebuildSearchIndex(rt.ctx.db, rt.ctx.engine);
    console.log(
      `Đã dựng lại chỉ mục tìm kiếm của ${n.toLocaleString('vi-VN')} hồ sơ trong ${((Date.now() - started) / 1000).toFixed(1)} giây / Rebuilt the search index of ${n} cases`,
    );
    return 0;
  } finally {
    await rt.close();
  }
}
