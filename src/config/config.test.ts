import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe('/srv/app/data');
    expect(c.databaseUrl).toBeNull();
    expect(c.demo).toBe(true);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DANVAN_DEMO: 'maybe',
        DATABASE_URL: 'mysql://x',
        DANVAN_ADMIN_PASSWORD: 'short',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toHaveLength(4);
    }
  });

  it('parses DANVAN_SLOW_QUERY_MS and refuses invalid values instead of ignoring them', () => {
    expect(loadConfig({}).slowQueryMs).toBeNull();
    expect(loadConfig({ DANVAN_SLOW_QUERY_MS: '250' }).slowQueryMs).toBe(250);
    for (const bad of ['abc', '0', '-5', '1.5']) {
      expect(() => loadConfig({ DANVAN_SLOW_QUERY_MS: bad })).toThrow(/DANVAN_SLOW_QUERY_MS/);
    }
  });
});
