import { setCsrfToken } from './client';
import { typedApi, unwrap } from './typed-client';
import type { HealthResponse, LoginResponse, MeResponse, UnitsResponse } from './types';

// Calls go through the generated client: a change of these endpoints on the server that the
// hand-written response types below no longer accept fails `npm run typecheck`.

export async function fetchMe(): Promise<MeResponse> {
  const me: MeResponse = await unwrap(typedApi.GET('/api/v1/me'));
  setCsrfToken(me.csrfToken);
  return me;
}

export async function login(username: string, password: string): Promise<LoginResponse> {
  const result: LoginResponse = await unwrap(
    typedApi.POST('/api/v1/auth/login', { body: { username, password } }),
  );
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  try {
    await unwrap(typedApi.POST('/api/v1/auth/logout'));
  } finally {
    setCsrfToken(null);
  }
}

export function fetchUnits(date?: string): Promise<UnitsResponse> {
  return unwrap(typedApi.GET('/api/v1/units', { params: { query: date ? { date } : {} } }));
}

export function fetchHealth(): Promise<HealthResponse> {
  // /healthz stays the plain probe; the deployment facts (demo data, server date) come from here.
  return unwrap(typedApi.GET('/api/public/v1/system'));
}
