/** What the global setup provides to test files. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
