import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });
});
