import type { Localized } from '../i18n/language';

/** Response shapes of the /api/v1 endpoints the workspace frame uses. */

export type UnitLevel = 'system' | 'central' | 'province' | 'district' | 'commune' | (string & {});

export interface UnitRef {
  code: string;
  name: string;
  level: UnitLevel;
}

export interface SessionUser {
  id: string | number;
  username: string;
  displayName: string;
  role: string;
  roleLabel: Localized;
  unit: UnitRef;
  /** May see the identity of denouncers (tố cáo); other officials see it masked. */
  canReadIdentity?: boolean;
}

export interface MeResponse {
  user: SessionUser;
  csrfToken: string;
  abilities: string[];
}

export interface LoginResponse {
  user: SessionUser;
  csrfToken: string;
}

export interface Unit {
  code: string;
  name: string;
  fullName: string;
  /** English name when the catalog has one. */
  nameEn?: string | null;
  /** Kind of unit within its level (tỉnh, thành phố, huyện, xã, phường…). */
  type?: string;
  level: UnitLevel;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorCodes: string[];
  sample: boolean;
}

export interface UnitsResponse {
  items: Unit[];
}

export interface HealthResponse {
  status: string;
  /** True when the server runs on demo data (GET /api/public/v1/system). */
  demo?: boolean;
}
