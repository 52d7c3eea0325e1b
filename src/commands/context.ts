/**
 * Compatibility re-export: the shared context moved to src/db/context.ts so that queries need
 * not import from commands/. New code imports from src/db/context.ts; this file goes away once
 * no import uses it.
 */
export { inTransaction, type Ctx } from '../db/context.js';
