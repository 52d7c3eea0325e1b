import { api, setCsrfToken } from './client';
import type { HealthResponse, LoginResponse, MeResponse, UnitsResponse } from './types';

export async function fetchMe(): Promise<MeResponse> {
  const me = await api.get<MeResponse>('/api/v1/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export async function login(username: string, password: string): Promise<LoginResponse> {
  const result = await api.post<LoginResponse>('/api/v1/auth/login', { username, password });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/v1/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export function fetchUnits(date?: string): Promise<UnitsResponse> {
  return api.get<UnitsResponse>('/api/v1/units', { query: { date } });
}

export function fetchHealth(): Promise<HealthResponse> {
  // /healthz stays the plain probe; the deployment facts (demo data, server date) come from here.
  return api.get<HealthResponse>('/api/public/v1/system');
}
