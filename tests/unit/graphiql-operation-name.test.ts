import { describe, expect, it } from 'vitest';
import { operationNameFor } from '../../web/graphiql/operation-name.js';

describe('GraphiQL operationNameFor', () => {
  const singh = 'query WhomDoesSinghSpeakFor { party(id: "sabrina-singh") { name } }';

  it("replaces a stale operation name (the previous tab's) by the document's only operation", () => {
    expect(operationNameFor(singh, 'WhoOpposesTheUS')).toBe('WhomDoesSinghSpeakFor');
  });

  it('keeps a name the document defines, and picks nothing among several without one', () => {
    const two = `${singh}\nquery Other { dateRange { from } }`;
    expect(operationNameFor(two, 'Other')).toBe('Other');
    expect(operationNameFor(two, 'Missing')).toBeUndefined();
  });

  it('leaves a document that does not parse to the server', () => {
    expect(operationNameFor('query {', 'X')).toBe('X');
  });
});
