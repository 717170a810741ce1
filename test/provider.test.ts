import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { chooseSource, detectEnvironment, NoNeo4jError, type Environment } from '../src/neo4j/provider.js';

const nothing: Environment = { uri: undefined, docker: false, java: false, mvn: false };

describe('where the Neo4j comes from', () => {
  it('uses NEO4J_URI first, whatever else the machine has', () => {
    expect(chooseSource('auto', { uri: 'neo4j+s://x.databases.neo4j.io', docker: true, java: true, mvn: true })).toBe('uri');
  });

  it('uses a Docker engine that answers when no URI is set', () => {
    expect(chooseSource('auto', { ...nothing, docker: true, java: true, mvn: true })).toBe('docker');
  });

  it('falls back to a local Neo4j when Java and Maven are there', () => {
    expect(chooseSource('auto', { ...nothing, java: true, mvn: true })).toBe('local');
  });

  it('does not start a local Neo4j with Java but no Maven', () => {
    expect(() => chooseSource('auto', { ...nothing, java: true })).toThrow(NoNeo4jError);
  });

  it('explains in one paragraph each option and what was missing', () => {
    let message = '';
    try {
      chooseSource('auto', nothing);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('NEO4J_URI is not set');
    expect(message).toContain('no Docker engine answers');
    expect(message).toContain('java and mvn not found on PATH');
    expect(message).not.toContain('\n');
  });

  it('honours a forced provider, and says why it cannot', () => {
    expect(chooseSource('local', { ...nothing, docker: true, java: true, mvn: true })).toBe('local');
    expect(() => chooseSource('docker', { ...nothing, java: true, mvn: true })).toThrow(
      /NEO4J_PROVIDER=docker was asked for, but no Docker engine answers/,
    );
  });

  it('started this test run on the source the machine calls for: NEO4J_URI, else Docker, else local', async () => {
    // Stated from the machine's facts here, not by asking chooseSource again (that would pass whatever it chose).
    const config = loadConfig();
    const env = await detectEnvironment(config);
    const expected = config.NEO4J_PROVIDER !== 'auto' ? config.NEO4J_PROVIDER : env.uri !== undefined ? 'uri' : env.docker ? 'docker' : 'local';
    expect(inject('neo4j').source).toBe(expected);
    if (expected === 'local') expect(inject('neo4j').uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });
});
