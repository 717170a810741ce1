import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('needs no variable at all on a fresh clone', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_PROVIDER).toBe('auto');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable that is wrong and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ NEO4J_URI: 'not a uri' })).toThrow(/NEO4J_URI="not a uri"/);
    expect(() => loadConfig({ NEO4J_PROVIDER: 'podman' })).toThrow(/NEO4J_PROVIDER/);
  });

  it('reads the CORS allow-list as origins, and names a bad one', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual(['*']);
    expect(loadConfig({ CORS_ORIGINS: 'https://observablehq.com, http://localhost:3000' }).CORS_ORIGINS).toEqual([
      'https://observablehq.com',
      'http://localhost:3000',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example,observablehq.com/path' })).toThrow(/CORS_ORIGINS=".*" \(item 2, "observablehq.com\/path"\): .*scheme:\/\/host/);
    expect(() => loadConfig({ PERSISTED_OPERATIONS: 'sometimes' })).toThrow(/PERSISTED_OPERATIONS/);
  });

  it('takes a Redis for the shared response cache only as a redis:// or rediss:// address', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://cache.internal:6379' }).REDIS_URL).toBe('redis://cache.internal:6379');
    expect(() => loadConfig({ REDIS_URL: 'http://cache.internal:6379' })).toThrow(/REDIS_URL="http:\/\/cache.internal:6379".*redis:\/\//);
  });

  it("takes the local Neo4j's extra JVM options as a list, and names one that is not an option", () => {
    expect(loadConfig({}).NEO4J_LOCAL_JVM_OPTIONS).toEqual([]);
    expect(loadConfig({}).NEO4J_LOCAL_PARAMETER_SIZE_HINTS).toBe(true);
    expect(loadConfig({ NEO4J_LOCAL_PARAMETER_SIZE_HINTS: 'false' }).NEO4J_LOCAL_PARAMETER_SIZE_HINTS).toBe(false);
    expect(loadConfig({ NEO4J_LOCAL_JVM_OPTIONS: ' -XX:TieredStopAtLevel=1  -Xss2m ' }).NEO4J_LOCAL_JVM_OPTIONS).toEqual(['-XX:TieredStopAtLevel=1', '-Xss2m']);
    expect(() => loadConfig({ NEO4J_LOCAL_JVM_OPTIONS: '-Xss2m TieredStopAtLevel=1' })).toThrow(/NEO4J_LOCAL_JVM_OPTIONS=".*": each option starts with "-"/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });
});
