/** Statements about the server itself. */
import { text, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';

/** The server's components and versions (`dbms.components()`). */
export function neo4jVersionStatement(): Statement<{ name: string; versions: string[]; edition: string }> {
  return {
    cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    decode: (row) => ({ name: text(row, 'name'), versions: texts(row, 'versions'), edition: text(row, 'edition') }),
  };
}
