import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCypherIn, checkCypherFiles } from '../../src/neo4j/cypher.js';

/**
 * A fragment says on its first line what it reads from the query it is put in and what it binds for what
 * follows; every other variable in it is its own. Assembly refuses a fragment that does not fit, naming
 * both files and the variables, and the server checks every file of cypher/ at start.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-fragments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(tree: Record<string, string>): void {
  for (const [name, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, `${name}.cypher`)), { recursive: true });
    writeFileSync(path.join(dir, `${name}.cypher`), text);
  }
}

files({
  'm/match/all': '// reads: nothing; binds: m\nMATCH (m:Model)',
  'm/match/developer': '// reads: nothing; binds: o, m\nMATCH (o:Organization)-[:DEVELOPS]->(m:Model)',
  'm/where/country': '// reads: m, f\nEXISTS { MATCH (o:Organization)-[:DEVELOPS]->(m) WHERE o.country IN f.country }',
  'm/where/developerCountry': '// reads: o, f\no.country IN f.country',
  'm/list': 'WITH $filter AS f\n{{m/match}} WHERE {{m/where}}\nRETURN m.id AS id',
  'm/unsaid': 'MATCH (m:Model)',
  'm/stale': '// reads: m, x\nm.name',
  'm/uses-unsaid': 'MATCH (m:Model) RETURN {{m/unsaid}}',
  'm/uses-stale': 'MATCH (m:Model) RETURN {{m/stale}}',
});

describe('a Cypher fragment', () => {
  it('is put where what it reads is bound, and where none of its own variables is', () => {
    expect(assembleCypherIn(dir, 'm/list', { 'm/match': ['all'], 'm/where': ['country'] })).toContain('EXISTS { MATCH (o:Organization)');
    expect(assembleCypherIn(dir, 'm/list', { 'm/match': ['developer'], 'm/where': ['developerCountry'] })).toContain('o.country IN f.country');
  });

  it('is refused where a variable it reads is not bound', () => {
    expect(() => assembleCypherIn(dir, 'm/list', { 'm/match': ['all'], 'm/where': ['developerCountry'] })).toThrow(
      'cypher/m/where/developerCountry.cypher reads o, which cypher/m/list.cypher has not bound where it puts the fragment (bound there: f, m).',
    );
  });

  it('is refused where the query has bound a variable the fragment names for its own use', () => {
    expect(() => assembleCypherIn(dir, 'm/list', { 'm/match': ['developer'], 'm/where': ['country'] })).toThrow(
      'cypher/m/where/country.cypher names o for its own use, but cypher/m/list.cypher has bound o where it puts the fragment',
    );
  });

  it('must say what it reads, and name only what its Cypher uses', () => {
    expect(() => assembleCypherIn(dir, 'm/uses-unsaid')).toThrow('cypher/m/unsaid.cypher is a fragment, so its first line must say what it expects');
    expect(() => assembleCypherIn(dir, 'm/uses-stale')).toThrow("cypher/m/stale.cypher's first line names x, which its Cypher does not use.");
  });
});

describe('the files of cypher/', () => {
  it('all fit, as the server checks at start', () => {
    expect(checkCypherFiles()).toBeGreaterThan(100);
  });
});
