import { hasAbility, inScope, type Actor } from './actor.js';

/**
 * Reports and the dashboard: staff with `report.read`, for units inside their scope. Officers are
 * named (workload per officer) only to those who direct or inspect the work.
 */
export const reportPolicy = {
  read: (actor: Actor): boolean => hasAbility(actor, 'report.read'),
  readUnit: (actor: Actor, unitCode: string): boolean =>
    hasAbility(actor, 'report.read') && inScope(actor, unitCode),
  /** The unit a report covers when none is asked for: everything for a national scope, else one's own. */
  defaultUnit: (actor: Actor): string | null => (actor.scope.has('*') ? null : actor.unitCode),
  namesOfficers: (actor: Actor): boolean =>
    actor.role === 'head' || actor.role === 'admin' || actor.role === 'inspector',
};
