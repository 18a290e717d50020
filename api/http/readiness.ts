/**
 * Whether this instance should get traffic, apart from Neo4j answering: the process owner
 * (app/main.ts) holds readiness back during start-up (`starting: applying schema`,
 * `starting: seeding`) and while the supervisor restarts the local Neo4j (`neo4j restarting`);
 * `/readyz` answers 503 with those reasons until every hold is released.
 */

/** Named holds on readiness; ready when none is held. */
export class Readiness {
  private readonly holds = new Map<string, string>();

  /** A Readiness with one hold already in place (e.g. `start`, `starting`), or none. */
  constructor(initial?: { key: string; reason: string }) {
    if (initial) this.holds.set(initial.key, initial.reason);
  }

  /** Holds readiness back for `key`, or changes that hold's reason. */
  hold(key: string, reason: string): void {
    this.holds.set(key, reason);
  }

  release(key: string): void {
    this.holds.delete(key);
  }

  /** The reason of hold `key`, or null when it is not held. */
  held(key: string): string | null {
    return this.holds.get(key) ?? null;
  }

  /** Why the instance is not ready (every hold, `; `-separated), or null when it is. */
  get reason(): string | null {
    return this.holds.size === 0 ? null : [...this.holds.values()].join('; ');
  }
}
