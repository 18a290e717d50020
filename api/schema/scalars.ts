/** The `Date` scalar: a calendar day written YYYY-MM-DD, kept as a string (no time zone ever applies). */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { partialDateProblem } from '../../core/domain/fuzzy-date.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !DAY.test(value)) {
    throw new GraphQLError(`Date must be written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const problem = partialDateProblem(value);
  if (problem) throw new GraphQLError(`Date ${value}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day in ISO 8601, "2024-01-27".',
  serialize(value) {
    if (typeof value === 'string' && DAY.test(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parseDay,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDay(ast.value);
  },
});
