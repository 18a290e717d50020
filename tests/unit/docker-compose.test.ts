import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../core/config.js';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const app = compose.services.faultline;

  it('runs Neo4j 5.26 Community with a healthcheck and a persistent volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    const volume = neo4j?.volumes?.[0]?.split(':')[0] ?? '';
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j?.volumes?.[0]).toMatch(/:\/data$/);
  });

  it('wires Faultline to that Neo4j through NEO4J_URI, waiting until it is healthy', () => {
    expect(app?.build).toBeDefined();
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
    const env = app?.environment ?? {};
    const uri = new URL(env.NEO4J_URI ?? '');
    expect(uri.hostname).toBe('neo4j');
    expect(neo4j?.ports?.some((p) => p.endsWith(`:${uri.port}`))).toBe(true);
  });

  it('sets only variables Faultline reads, and values the config accepts', () => {
    const env = app?.environment ?? {};
    for (const name of Object.keys(env)) expect(Object.keys(CONFIG_VARIABLES)).toContain(name);
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
    );
    const config = loadConfig(resolved);
    expect(config.startLocalNeo4j).toBe(false);
    expect(app?.ports).toContain(`127.0.0.1:${config.port}:${config.port}`);
  });

  it('uses the same Neo4j password on both sides', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose's own interpolation syntax.
    expect(neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-faultline-local}');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose's own interpolation syntax.
    expect(app?.environment?.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-faultline-local}');
  });
});
