import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../core/config.js';

describe('loadConfig', () => {
  it('starts a local Neo4j on 7687 when NEO4J_URI is not given', () => {
    const config = loadConfig({});
    expect(config.startLocalNeo4j).toBe(true);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
  });

  it('uses the local Bolt port from FAULTLINE_NEO4J_BOLT_PORT so two checkouts can run side by side', () => {
    const config = loadConfig({ FAULTLINE_NEO4J_BOLT_PORT: '7701', PORT: '4100' });
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7701');
    expect(config.port).toBe(4100);
  });

  it('never starts a local server when NEO4J_URI points at one, routing URIs included', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io',
      NEO4J_PASSWORD: 'x',
      NEO4J_DATABASE: 'news',
    });
    expect(config.startLocalNeo4j).toBe(false);
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abcd.databases.neo4j.io', database: 'news' });
  });

  it('reports every problem at once, one line each, naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({
        NEO4J_URI: 'http://localhost:7474',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        FAULTLINE_NEO4J_HEAP: 'lots',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^NEO4J_URI="http:\/\/localhost:7474": expected a URI/);
    expect(problems.join('\n')).toMatch(/PORT="eighty": expected a whole number from 0 to 65535/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"/);
    expect(problems.join('\n')).toMatch(/FAULTLINE_NEO4J_HEAP="lots": expected a size/);
  });

  it('rejects short API keys and short local passwords', () => {
    expect(() => loadConfig({ FAULTLINE_API_KEYS: 'short' })).toThrow(/FAULTLINE_API_KEYS/);
    expect(() => loadConfig({ NEO4J_PASSWORD: 'abc' })).toThrow(/at least 8 characters/);
  });

  it('documents every variable it reads in the README and .env.example', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = readFileSync('.env.example', 'utf8');
    const source = readFileSync('core/config.ts', 'utf8');
    const read = new Set([...source.matchAll(/\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]));
    read.add('NEO4J_URI');
    read.add('NEO4J_DATABASE');
    read.add('FAULTLINE_API_KEYS');
    for (const name of read) expect(Object.keys(CONFIG_VARIABLES)).toContain(name);
    for (const name of Object.keys(CONFIG_VARIABLES)) {
      expect(readme, `README lacks ${name}`).toContain(`\`${name}\``);
      expect(example, `.env.example lacks ${name}`).toContain(name);
    }
  });
});
