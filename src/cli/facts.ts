/**
 * `danvan facts rebuild`: recomputes every row of `petition_facts` from the cases (one
 * transaction: reports see the old rows or the new ones), drops the stored closed-period results,
 * then refreshes the planner statistics. For after a bulk import or a change of the fact codes.
 */
import { analyzeAfterBulkLoad, rebuildPetitionFacts } from '../db/petition-facts.js';
import { openRuntime } from './runtime.js';

/** Runs `danvan facts …`; returns the exit code. */
export async function runFactsCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rebuild') {
    console.error('Cách dùng / Usage: danvan facts rebuild');
    return 2;
  }
  const rt = await openRuntime({ exclusive: false });
  try {
    const started = Date.now();
    const n = await rebuildPetitionFacts(rt.ctx.db, (done) => {
      if (done % 100_000 === 0) console.log(`  ${done.toLocaleString('vi-VN')} hồ sơ / cases`);
    });
    await analyzeAfterBulkLoad(rt.ctx.db, rt.ctx.engine);
    console.log(
      `Đã tính lại số liệu báo cáo của ${n.toLocaleString('vi-VN')} hồ sơ trong ${((Date.now() - started) / 1000).toFixed(1)} giây / Rebuilt the report facts of ${n} cases`,
    );
    return 0;
  } finally {
    await rt.close();
  }
}
