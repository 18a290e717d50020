/**
 * Operations executed by graphql-jit instead of graphql-js's `execute`, plugged into Apollo Server
 * through its gateway interface (a schema and an executor). Apollo still parses, validates (with
 * Faultline's depth and alias rules), runs every plugin (the cost limit and the API key at
 * didResolveOperation, the status and error plugins) and formats the errors; only the execution of
 * a validated operation changes. graphql-jit compiles an operation that runs again into a function
 * of its selection (kept by the operation's hash, a bounded number of them) and runs the same resolvers,
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
import { setNewest } from '../../core/memo.js';

/** Distinct operations remembered; the least recently used is dropped beyond it. */
const COMPILED_KEPT = 500;

/** An operation seen once (not compiled yet), compiled, or one graphql-jit cannot compile (null). */
type Known = 'seen' | CompiledQuery | null;

/**
 * Compiles an operation the second time it runs and keeps the most recently used ones (a Map in
 * use order). Compiling takes 0.2–11 ms for the benchmark's operations (party+nested the most),
 * more than running one once: an operation run only once (an analyst's ad hoc query) is left to
 * graphql-js, and one that comes back (an application's, the explorer's) is compiled.
 */
export class CompiledOperations {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limit = COMPILED_KEPT,
  ) {}

  /** The compiled operation, or null when graphql-js runs it (seen for the first time, or not compilable). */
  get(key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    const known = this.known.get(key);
    if (known === undefined) {
      setNewest(this.known, key, 'seen', this.limit);
      return null;
    }
    if (known !== 'seen') {
      setNewest(this.known, key, known, this.limit);
      return known;
    }
    let compiled: CompiledQuery | null = null;
    try {
      const result = compileQuery(this.schema, document, operationName, { customJSONSerializer: false });
      compiled = isCompiledQuery(result) ? result : null;
    } catch {
      compiled = null;
    }
    setNewest(this.known, key, compiled, this.limit);
    return compiled;
  }

  get size(): number {
    return this.known.size;
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
export function compiledExecutionGateway(
  schema: GraphQLSchema,
  operations = new CompiledOperations(schema),
): GatewayInterface {
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
