import type { JsonResponse } from './response-types';

/**
 * Response shapes of the /api/v1 endpoints the workspace frame uses, named from the generated
 * client (schema.d.ts): none declared by hand.
 */

export type MeResponse = JsonResponse<'/api/v1/me', 'get'>;
export type SessionUser = MeResponse['user'];
export type UnitRef = SessionUser['unit'];
export type UnitLevel = UnitRef['level'];

export type LoginResponse = JsonResponse<'/api/v1/auth/login', 'post'>;

export type UnitsResponse = JsonResponse<'/api/v1/units', 'get'>;
export type Unit = UnitsResponse['items'][number];

export type HealthResponse = JsonResponse<'/api/public/v1/system', 'get'>;
