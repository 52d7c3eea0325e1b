import {
  PUBLIC_ABILITIES,
  PUBLIC_ROLE,
  ROLE_ABILITIES,
  type Ability,
  type ActorRole,
} from './roles.js';

/** Who is acting: resolved once per request from the session or API token. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  /** A staff role, or `citizen` for the public actor. */
  role: ActorRole;
  unitCode: string;
  agencyId: string | null;
  /** Unit codes the actor may see: the unit's subtree plus the historical units it succeeded. */
  scope: ReadonlySet<string>;
  /** Explicit grant to read a denouncer's sealed identity (Law on Denunciations Art. 47). */
  canReadIdentity: boolean;
}

/** The system itself (migrations, demo loader, scheduled sweeps). */
export const SYSTEM_ACTOR: Actor = {
  id: 'system',
  username: 'system',
  displayName: 'Hệ thống',
  role: 'admin',
  unitCode: '*',
  agencyId: null,
  scope: new Set(['*']),
  canReadIdentity: false,
};

function abilityList(actor: Actor): readonly string[] {
  return actor.role === PUBLIC_ROLE ? PUBLIC_ABILITIES : ROLE_ABILITIES[actor.role];
}

/** Default-deny ability check. */
export function hasAbility(actor: Actor, ability: Ability): boolean {
  return (abilityList(actor) as readonly string[]).includes(ability);
}

/** True when a record of `unitCode` lies inside the actor's unit scope. */
export function inScope(actor: Actor, unitCode: string | null | undefined): boolean {
  if (actor.scope.has('*')) return true;
  return unitCode != null && actor.scope.has(unitCode);
}

/** Abilities of the actor, for the UI to show only the buttons that will work. */
export function abilitiesOf(actor: Actor): Ability[] {
  return [...abilityList(actor)] as Ability[];
}
