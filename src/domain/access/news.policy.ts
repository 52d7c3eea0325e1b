import { hasAbility, type Actor } from './actor.js';

/** News of the public portal: editors (and administrators) write and publish; nobody else sees drafts. */
export const newsPolicy = {
  edit: (actor: Actor): boolean => hasAbility(actor, 'news.edit'),
};
