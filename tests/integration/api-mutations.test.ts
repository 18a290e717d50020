import { describe, expect, it } from 'vitest';
import { seededTestServer, startTestServer, WRITER_KEY } from '../support/api-server.js';
import { testDatabase } from '../support/neo4j.js';

const SOURCE_TEXT =
  'GENEVA - The Ridge Council condemned the shelling of Port Amber on Monday. Its chair, Ana Vell, said the council "will not stand by". The Harbour Guard denied any part in it.';

/** Every mutation with arguments that would succeed, to check that none runs without a key. */
const EVERY_MUTATION: Record<string, string> = {
  createParty: 'mutation { createParty(input: { id: "auth-party", type: Person, name: "A" }) { id } }',
  updateParty: 'mutation { updateParty(id: "mohammed-shia-al-sudani", input: { name: "Hijacked" }) { id } }',
  createEvent: 'mutation { createEvent(input: { id: "auth-event", type: Meeting, name: "M" }) { id } }',
  updateEvent: 'mutation { updateEvent(id: "hmc-first-meeting", input: { name: "Hijacked" }) { id } }',
  createPlace: 'mutation { createPlace(input: { id: "auth-place", name: "P", kind: CITY }) { id } }',
  updatePlace: 'mutation { updatePlace(id: "iraq", input: { name: "Hijacked" }) { id } }',
  createSource: 'mutation { createSource(input: { id: "auth-source", title: "T", text: "text" }) { id } }',
  updateSource: 'mutation { updateSource(id: "src-35d4d6e122a937a3", input: { title: "Hijacked" }) { id } }',
  relate:
    'mutation { relate(input: { type: OPPOSES, from: "iraqi-militia-groups", to: "iran", evidence: [{ source: "src-35d4d6e122a937a3", quote: "Iraq" }] }) { id } }',
  retract: 'mutation { retract(id: "us-forces:PART_OF:united-states", cascade: true) { id } }',
};

describe('mutations', () => {
  const db = testDatabase();
  const server = seededTestServer(db);
  const write = (query: string, variables?: Record<string, unknown>) =>
    server.gql(query, { variables, key: WRITER_KEY });

  describe('who may write', () => {
    it.each(Object.entries(EVERY_MUTATION))(
      '%s without a key is refused with 401 UNAUTHENTICATED and changes nothing',
      async (_name, mutation) => {
        const before = await db.read({
          cypher:
            'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(n.name) AS names',
        });
        const res = await server.gql(mutation);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(res.body.errors[0].message).toMatch(/Authorization: Bearer/);
        const after = await db.read({
          cypher:
            'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(n.name) AS names',
        });
        expect(after).toEqual(before);
      },
    );

    it.each(Object.entries(EVERY_MUTATION))(
      '%s with a wrong key is refused with UNAUTHENTICATED',
      async (_name, mutation) => {
        const res = await server.gql(mutation, { key: `${WRITER_KEY}x` });
        expect(res.status).toBe(401);
        expect(res.body.errors[0]).toMatchObject({
          message: 'The API key is not valid.',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      },
    );

    it('refuses a key sent with another scheme than Bearer', async () => {
      const res = await server.gql(EVERY_MUTATION.createPlace as string, {
        headers: { authorization: `Basic ${WRITER_KEY}` },
      });
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('lets anyone read without a key', async () => {
      const res = await server.gql('{ node(id: "iraq") { name } }');
      expect(res.body).toEqual({ data: { node: { name: 'Iraq' } } });
    });

    it('refuses every mutation with FORBIDDEN, pointing at FAULTLINE_API_KEYS, when no keys are configured', async () => {
      const keyless = await startTestServer(db, { apiKeys: [] });
      try {
        for (const mutation of Object.values(EVERY_MUTATION)) {
          const res = await keyless.gql(mutation, { key: WRITER_KEY });
          expect(res.status).toBe(403);
          expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
          expect(res.body.errors[0].message).toMatch(/FAULTLINE_API_KEYS/);
        }
        expect((await keyless.gql('{ node(id: "iraq") { id } }')).body.data.node.id).toBe('iraq');
      } finally {
        await keyless.close();
      }
    });

    it('asks for a key on reads too when requireKeyForReads is set', async () => {
      const closed = await startTestServer(db, { requireKeyForReads: true });
      try {
        const anonymous = await closed.gql('{ node(id: "iraq") { id } }');
        expect(anonymous.status).toBe(401);
        expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        const keyed = await closed.gql('{ node(id: "iraq") { id } }', { key: WRITER_KEY });
        expect(keyed.body).toEqual({ data: { node: { id: 'iraq' } } });
      } finally {
        await closed.close();
      }
    });
  });

  describe('nodes', () => {
    it('creates a source, a place, a party and an event that queries then return', async () => {
      const source = await write(
        `mutation($text: String!) {
        createSource(input: { id: "ridge-report", title: "Ridge report", text: $text, published: { value: "2024-03-04" }, url: "https://example.org/ridge" }) {
          id title published { precision value } text
        } }`,
        { text: SOURCE_TEXT },
      );
      expect(source.body.errors).toBeUndefined();
      expect(source.body.data.createSource).toEqual({
        id: 'ridge-report',
        title: 'Ridge report',
        published: { precision: 'DAY', value: '2024-03-04' },
        text: SOURCE_TEXT,
      });

      const place = await write(
        'mutation { createPlace(input: { id: "port-amber", name: "Port Amber", kind: CITY, aliases: ["Amber"] }) { id name kind aliases } }',
      );
      expect(place.body.data.createPlace).toEqual({
        id: 'port-amber',
        name: 'Port Amber',
        kind: 'CITY',
        aliases: ['Amber'],
      });

      const party =
        await write(`mutation { createParty(input: { id: "ridge-council", type: Organisation, name: "Ridge Council", kind: COMMISSION, country: "iraq" }) {
        id name type ... on Organisation { kind } country { id name } unknown aliases } }`);
      expect(party.body.data.createParty).toEqual({
        id: 'ridge-council',
        name: 'Ridge Council',
        type: 'Organisation',
        kind: 'COMMISSION',
        country: { id: 'iraq', name: 'Iraq' },
        unknown: false,
        aliases: [],
      });

      const event =
        await write(`mutation { createEvent(input: { id: "port-amber-shelling", type: Attack, name: "Shelling of Port Amber", date: { value: "2024-03" }, place: "port-amber", method: "shelling", fatalities: 3 }) {
        id type date { precision value firstDay lastDay } place { id } ... on Attack { method fatalities } } }`);
      expect(event.body.errors).toBeUndefined();
      expect(event.body.data.createEvent).toEqual({
        id: 'port-amber-shelling',
        type: 'Attack',
        date: { precision: 'MONTH', value: '2024-03', firstDay: '2024-03-01', lastDay: '2024-03-31' },
        place: { id: 'port-amber' },
        method: 'shelling',
        fatalities: 3,
      });

      const read = await server.gql(
        '{ party(id: "ridge-council") { name country { name } } event(id: "port-amber-shelling") { name } }',
      );
      expect(read.body.data).toEqual({
        party: { name: 'Ridge Council', country: { name: 'Iraq' } },
        event: { name: 'Shelling of Port Amber' },
      });
    });

    it('keeps a period date as a period, with an open end', async () => {
      const res = await write(
        'mutation { createEvent(input: { id: "ridge-talks", type: Meeting, name: "Ridge talks", date: { label: "since early 2024", start: "2024-01" } }) { date { precision value start end lastDay } } }',
      );
      expect(res.body.data.createEvent.date).toEqual({
        precision: 'PERIOD',
        value: 'since early 2024',
        start: '2024-01',
        end: null,
        lastDay: null,
      });
    });

    it('refuses to create a node whose id is taken, with CONFLICT', async () => {
      const res = await write(
        'mutation { createPlace(input: { id: "iraq", name: "Another Iraq", kind: COUNTRY }) { id } }',
      );
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(res.body.errors[0].message).toMatch(/Place with id "iraq" already exists/);
      expect((await server.gql('{ node(id: "iraq") { name } }')).body.data.node.name).toBe('Iraq');
    });

    it('names the field of invalid input: a malformed id', async () => {
      const res = await write('mutation { createPlace(input: { id: "Not A Slug", name: "X", kind: CITY }) { id } }');
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('names the field of invalid input: an empty name', async () => {
      const res = await write('mutation { createParty(input: { id: "nameless", type: Person, name: "" }) { id } }');
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('names the field of invalid input: a country that is not a place', async () => {
      const missing = await write(
        'mutation { createParty(input: { id: "lost-party", type: Person, name: "Lost", country: "atlantis" }) { id } }',
      );
      expect(missing.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
      const wrongType = await write(
        'mutation { createParty(input: { id: "lost-party", type: Person, name: "Lost", country: "pentagon" }) { id } }',
      );
      expect(wrongType.body.errors[0]).toMatchObject({
        message: '"pentagon" is a Organisation, not a Place.',
        extensions: { field: 'country' },
      });
      expect((await server.gql('{ node(id: "lost-party") { id } }')).body.data.node).toBeNull();
    });

    it('names the field of invalid input: a kind on a person, an impossible date', async () => {
      const kind = await write(
        'mutation { createParty(input: { id: "kind-person", type: Person, name: "K", kind: MILITIA }) { id } }',
      );
      expect(kind.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      const date = await write(
        'mutation { createEvent(input: { id: "bad-date", type: Meeting, name: "B", date: { value: "2024-02-30" } }) { id } }',
      );
      expect(date.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      expect(date.body.errors[0].message).toMatch(/day 30 does not exist/);
    });

    it('updates only the fields given, and clears those set to null', async () => {
      const res = await write(
        'mutation { updateParty(id: "ridge-council", input: { name: "Ridge Council of Elders", country: null, aliases: ["the council"] }) { name country { id } aliases ... on Organisation { kind } } }',
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.updateParty).toEqual({
        name: 'Ridge Council of Elders',
        country: null,
        aliases: ['the council'],
        kind: 'COMMISSION',
      });
      const event = await write(
        'mutation { updateEvent(id: "port-amber-shelling", input: { fatalities: 4 }) { name ... on Attack { fatalities method } } }',
      );
      expect(event.body.data.updateEvent).toEqual({
        name: 'Shelling of Port Amber',
        fatalities: 4,
        method: 'shelling',
      });
      const place = await write(
        'mutation { updatePlace(id: "port-amber", input: { within: "iraq" }) { name within { id } } }',
      );
      expect(place.body.data.updatePlace).toEqual({ name: 'Port Amber', within: { id: 'iraq' } });
    });

    it('refuses to clear a required field', async () => {
      const res = await write('mutation { updateParty(id: "ridge-council", input: { name: null }) { name } }');
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('answers NOT_FOUND when updating an id that does not exist, or is another kind of node', async () => {
      const missing = await write('mutation { updateParty(id: "nobody", input: { name: "X" }) { id } }');
      expect(missing.body.errors[0]).toMatchObject({
        message: 'No party with id "nobody".',
        extensions: { code: 'NOT_FOUND' },
      });
      const place = await write('mutation { updateEvent(id: "iraq", input: { name: "X" }) { id } }');
      expect(place.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await server.gql('{ node(id: "iraq") { name } }')).body.data.node.name).toBe('Iraq');
    });
  });

  describe('relate', () => {
    const relate = (evidence: { source: string; quote: string }[], extra = '') =>
      write(
        `mutation($evidence: [EvidenceInput!]!) { relate(input: { type: CONDEMNED, from: "ridge-council", to: "port-amber-shelling", evidence: $evidence ${extra} }) {
          id type from to status role evidence { source { id } quote offset } } }`,
        { evidence },
      );

    it("states a relationship with its evidence, which queries then return with the quote's offset", async () => {
      const quote = 'The Ridge Council condemned the shelling of Port Amber';
      const res = await relate([{ source: 'ridge-report', quote }], ', date: { value: "2024-03-04" }');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.relate).toEqual({
        id: 'ridge-council:CONDEMNED:port-amber-shelling',
        type: 'CONDEMNED',
        from: 'ridge-council',
        to: 'port-amber-shelling',
        status: 'STATED',
        role: null,
        evidence: [{ source: { id: 'ridge-report' }, quote, offset: SOURCE_TEXT.indexOf(quote) }],
      });
      const read = await server.gql(
        '{ relationship(id: "ridge-council:CONDEMNED:port-amber-shelling") { date { value } evidence { quote } } }',
      );
      expect(read.body.data.relationship).toEqual({ date: { value: '2024-03-04' }, evidence: [{ quote }] });
    });

    it('does not duplicate the relationship or its evidence when the same relate is retried', async () => {
      const quote = 'The Ridge Council condemned the shelling of Port Amber';
      const again = await relate([{ source: 'ridge-report', quote }]);
      expect(again.body.data.relate.evidence).toHaveLength(1);
      const rows = await db.read({
        cypher: 'MATCH ()-[r:CONDEMNED {id: $id}]->() RETURN count(r) AS n',
        params: { id: 'ridge-council:CONDEMNED:port-amber-shelling' },
      });
      expect(rows[0]?.n).toBe(1);
      const date = await server.gql(
        '{ relationship(id: "ridge-council:CONDEMNED:port-amber-shelling") { date { value } } }',
      );
      expect(date.body.data.relationship.date).toEqual({ value: '2024-03-04' });
    });

    it('adds new evidence to the existing relationship', async () => {
      const res = await relate([
        { source: 'ridge-report', quote: 'The Ridge Council condemned the shelling of Port Amber' },
        { source: 'ridge-report', quote: 'the council "will not stand by"' },
      ]);
      expect(res.body.data.relate.evidence.map((e: { quote: string }) => e.quote)).toEqual([
        'The Ridge Council condemned the shelling of Port Amber',
        'the council "will not stand by"',
      ]);
    });

    it('keeps a second relationship of the same type apart when given a key', async () => {
      const res = await relate([{ source: 'ridge-report', quote: 'condemned the shelling' }], ', key: "second"');
      expect(res.body.data.relate.id).toBe('ridge-council:CONDEMNED:port-amber-shelling:second');
    });

    it('refuses a quote that is not verbatim in the source, naming evidence[0].quote', async () => {
      const res = await relate([{ source: 'ridge-report', quote: 'The Ridge Council denounced the shelling' }]);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence[0].quote' });
    });

    it('names which evidence item is wrong', async () => {
      const res = await relate([
        { source: 'ridge-report', quote: 'condemned the shelling' },
        { source: 'no-such-source', quote: 'anything' },
      ]);
      expect(res.body.errors[0]).toMatchObject({
        message: 'No source with id "no-such-source".',
        extensions: { field: 'evidence[1].source' },
      });
    });

    it('refuses a relationship without evidence', async () => {
      const res = await relate([]);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    });

    it('refuses endpoints the relationship type does not accept', async () => {
      const res = await write(
        'mutation { relate(input: { type: OPPOSES, from: "port-amber", to: "ridge-council", evidence: [{ source: "ridge-report", quote: "Port Amber" }] }) { id } }',
      );
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      expect(res.body.errors[0].message).toMatch(/OPPOSES goes from Party to Party, but "port-amber" is a Place/);
    });

    it('refuses an endpoint that does not exist', async () => {
      const res = await write(
        'mutation { relate(input: { type: OPPOSES, from: "ridge-council", to: "nobody", evidence: [{ source: "ridge-report", quote: "Port Amber" }] }) { id } }',
      );
      expect(res.body.errors[0]).toMatchObject({ message: 'No node with id "nobody".', extensions: { field: 'to' } });
    });

    it('refuses a new source text that drops a quote some relationship cites', async () => {
      const res = await write(
        'mutation { updateSource(id: "ridge-report", input: { text: "Nothing to see." }) { id } }',
      );
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'text' });
      expect(res.body.errors[0].extensions.relationships).toContain('ridge-council:CONDEMNED:port-amber-shelling');
      const kept = await write(
        `mutation($text: String!) { updateSource(id: "ridge-report", input: { text: $text }) { text } }`,
        { text: `${SOURCE_TEXT} More later.` },
      );
      expect(kept.body.data.updateSource.text).toMatch(/More later\.$/);
    });
  });

  describe('retract', () => {
    const base = 'iraqi-militia-groups:CARRIED_OUT:militia-attacks-on-us-forces';
    const derived = ['iraqi-militia-groups:OPPOSES:united-states', 'iraqi-militia-groups:OPPOSES:us-forces'];

    it('removes a relationship nothing is derived from', async () => {
      const res = await write(
        'mutation { retract(id: "ridge-council:CONDEMNED:port-amber-shelling:second") { id retracted } }',
      );
      expect(res.body.data.retract).toEqual({
        id: 'ridge-council:CONDEMNED:port-amber-shelling:second',
        retracted: ['ridge-council:CONDEMNED:port-amber-shelling:second'],
      });
      expect(
        (await server.gql('{ relationship(id: "ridge-council:CONDEMNED:port-amber-shelling:second") { id } }')).body
          .data.relationship,
      ).toBeNull();
    });

    it('refuses, with CONFLICT, to remove a relationship that derived ones follow from', async () => {
      const res = await write(`mutation { retract(id: "${base}") { id } }`);
      expect(res.body.errors[0].extensions.code).toBe('CONFLICT');
      expect(res.body.errors[0].extensions.dependents).toEqual(expect.arrayContaining(derived));
      expect(res.body.errors[0].message).toMatch(/cascade: true/);
      const still = await server.gql(`{ relationship(id: "${base}") { id } }`);
      expect(still.body.data.relationship).toEqual({ id: base });
    });

    it('removes it and what was derived from it with cascade: true, in one go', async () => {
      const res = await write(`mutation { retract(id: "${base}", cascade: true) { retracted } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.retract.retracted[0]).toBe(base);
      expect(res.body.data.retract.retracted).toEqual(expect.arrayContaining(derived));
      for (const id of [base, ...derived]) {
        expect((await server.gql(`{ relationship(id: "${id}") { id } }`)).body.data.relationship).toBeNull();
      }
    });

    it('answers NOT_FOUND for a relationship that does not exist', async () => {
      const res = await write(`mutation { retract(id: "${base}") { id } }`);
      expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const nonsense = await write('mutation { retract(id: "not-an-id") { id } }');
      expect(nonsense.body.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
