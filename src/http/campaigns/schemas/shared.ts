import { z } from 'zod';

/** Zod pieces shared by the campaign, report, inspection, model and dialogue schemas. */
export const IdParams = z.object({ id: z.string().min(1).max(64) });
export const VersionField = z
  .number()
  .int()
  .positive()
  .describe('Phiên bản đang sửa (khóa lạc quan) / version being edited (optimistic lock)');
export const Code = z.string().regex(/^\d{2,5}$/, 'unit code');
export const Text = (max: number) => z.string().max(max);
