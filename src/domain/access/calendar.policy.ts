import { hasAbility, type Actor } from './actor.js';

/**
 * Who may edit the working calendar and the deadline rules. Reading the calendar is public (other
 * agencies' systems call it); editing it moves every open deadline, so only administrators may.
 */
export const calendarPolicy = {
  /** List, add and remove calendar entries; list and edit deadline rules. */
  administer: (actor: Actor): boolean => hasAbility(actor, 'admin.calendar'),
};
