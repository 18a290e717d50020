/** Statements about the server itself. */
import { optNum, text, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';

/** The server's components and versions (`dbms.components()`). */
export function neo4jVersionStatement(): Statement<{ name: string; versions: string[]; edition: string }> {
  return {
    cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    decode: (row) => ({ name: text(row, 'name'), versions: texts(row, 'versions'), edition: text(row, 'edition') }),
  };
}

/**
 * Milliseconds the server's JVM has spent compiling code so far (JMX `java.lang:type=Compilation`),
 * or null where JMX does not say. It keeps growing while a new workload is being compiled.
 */
export function jitCompilationMsStatement(): Statement<number | null> {
  return {
    cypher:
      'CALL dbms.queryJmx("java.lang:type=Compilation") YIELD attributes RETURN attributes.TotalCompilationTime.value AS ms',
    decode: (row) => optNum(row, 'ms'),
  };
}
