/**
 * Operations executed by graphql-jit instead of graphql-js's `execute`, plugged into Apollo Server
 * through its gateway interface (a schema and an executor). Apollo still parses, validates (with
 * Faultline's depth and alias rules), runs every plugin (the cost limit and the API key at
 * didResolveOperation, the status and error plugins) and formats the errors; only the execution of
 * a validated operation changes. graphql-jit compiles each operation once into a function of its
 * selection (kept by the operation's hash, a bounded number of them) and runs the same resolvers,
 * so the answers are the same, with less work per field: on the benchmark's questions 9–40% less
 * CPU in process, most on large answers (tools/bench/README.md). An operation it cannot compile is
 * executed by graphql-js, as before.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  printSchema,
  type SourceLocation,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the least recently used is dropped beyond it. */
const COMPILED_KEPT = 500;

type Compiled = CompiledQuery | null;

/** Compiles operations on first use and keeps the most recently used ones (a Map in use order). */
export class CompiledOperations {
  private readonly kept = new Map<string, Compiled>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limit = COMPILED_KEPT,
  ) {}

  /** The compiled operation, or null when graphql-jit cannot compile it (graphql-js runs it then). */
  get(key: string, document: DocumentNode, operationName: string | undefined): Compiled {
    const known = this.kept.get(key);
    if (known !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    let compiled: Compiled = null;
    try {
      const result = compileQuery(this.schema, document, operationName, { customJSONSerializer: false });
      compiled = isCompiledQuery(result) ? result : null;
    } catch {
      compiled = null;
    }
    this.kept.set(key, compiled);
    if (this.kept.size > this.limit) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) this.kept.delete(oldest);
    }
    return compiled;
  }

  get size(): number {
    return this.kept.size;
  }
}

/**
 * A field error of graphql-jit as graphql-js makes it. graphql-jit builds its own error objects
 * (an older shape: no `extensions` when the thrown error has none, which Apollo's error
 * formatting reads); this is the same error, message, path, locations, thrown error and its
 * extensions, as a graphql-js GraphQLError.
 */
function standardError(error: GraphQLError): GraphQLError {
  const standard = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) (standard as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return standard;
}

/** Apollo Server's gateway for `schema`: the schema as it is, executed by graphql-jit. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const operations = new CompiledOperations(schema);
  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, operation, queryHash, context } = request;
    const variables = request.request.variables ?? {};
    const compiled = operations.get(`${operationName ?? ''}\u0000${queryHash}`, document, operationName ?? undefined);
    if (compiled === null) {
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    }
    // Variables are checked by graphql-js first, as its execute does: the same messages, and the
    // variable's node on each error, by which Apollo answers 400 BAD_USER_INPUT (graphql-jit's
    // own messages differ and name no node). graphql-jit then reads the variables as given.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    const result = await compiled.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(standardError) } : result;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
