/**
 * The mySociety `servicerequestupdates` extension of GeoReport v2 (what FixMyStreet fetches to
 * learn that a report was answered or closed): one update per public step of a case.
 */
import { STATUS_LABELS, type PetitionStatus } from '../petition/lifecycle-table.js';
import { open311Status } from './georeport.js';

/**
 * The update's status in FixMyStreet's extended vocabulary (lower case; its client lower-cases and
 * maps them). A step into a final or answered state is `closed`, or says why nothing more follows.
 */
export function updateStatus(toStatus: string, kind: string): string {
  switch (toStatus) {
    case 'received':
      return 'open';
    case 'accepted':
    case 'urged':
      return 'investigating';
    case 'assigned':
    case 'verification':
    case 'dialogue':
    case 'enforcement':
      return 'in_progress';
    case 'forwarded':
      return 'not_councils_responsibility';
    case 'filed':
    case 'returned_with_guidance':
    case 'withdrawn':
    case 'terminated':
      return 'no_further_action';
    case 'suspended':
      return 'action_scheduled';
    default:
      return open311Status(toStatus, kind);
  }
}

/** The update's text: the step's public label, then the published answer where there is one. */
export function updateDescription(
  toStatus: string,
  answer: string | null,
  lang: 'vi' | 'en',
): string {
  const label = STATUS_LABELS[toStatus as PetitionStatus]?.[lang] ?? toStatus;
  return answer ? `${label}. ${answer}` : label;
}

/** Location of a case: "lat, long", or an address ending in "(lat, long)", or just an address. */
export function parseLocation(location: string | null): {
  address: string | null;
  lat: number | null;
  long: number | null;
} {
  if (!location) return { address: null, lat: null, long: null };
  const m = /^(?:(.*?)\s*\()?(-?\d{1,3}\.\d+), ?(-?\d{1,3}\.\d+)\)?$/.exec(location.trim());
  if (!m) return { address: location, lat: null, long: null };
  return { address: m[1]?.trim() || null, lat: Number(m[2]), long: Number(m[3]) };
}
