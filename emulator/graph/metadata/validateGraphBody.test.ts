import type { GraphMetadata, GraphStructuredType } from './GraphMetadata';
import { validateGraphBody } from './validateGraphBody';

const closed = (properties: GraphStructuredType['properties'], extra: Partial<GraphStructuredType> = {}): GraphStructuredType => ({
  kind: 'complex',
  abstract: false,
  open: false,
  properties,
  navigationProperties: {},
  ...extra,
});

/** A small model shaped like the trimmed one, so each rule is visible in the test. */
const metadata: GraphMetadata = {
  header: { repository: 'test', file: 'test', commit: 'test', licence: 'MIT', copyright: 'test', licenceText: [], trimmedOn: '2026-01-01', trimmedBy: 'test', roots: [] },
  enums: {
    'microsoft.graph.bodyType': { flags: false, members: ['text', 'html'] },
    'microsoft.graph.actions': { flags: true, members: ['none', 'reactionAdded', 'reactionRemoved'] },
  },
  types: {
    'microsoft.graph.entity': closed({ id: { type: 'Edm.String', nullable: false } }, { kind: 'entity', abstract: true }),
    'microsoft.graph.itemBody': closed({ content: { type: 'Edm.String', nullable: true }, contentType: { type: 'microsoft.graph.bodyType', nullable: true } }),
    'microsoft.graph.message': closed(
      {
        body: { type: 'microsoft.graph.itemBody', nullable: false },
        count: { type: 'Edm.Int32', nullable: true },
        big: { type: 'Edm.Int64', nullable: true },
        ratio: { type: 'Edm.Double', nullable: true },
        urgent: { type: 'Edm.Boolean', nullable: true },
        sentOn: { type: 'Edm.DateTimeOffset', nullable: true },
        tags: { type: 'Collection(Edm.String)', nullable: true },
        bodies: { type: 'Collection(microsoft.graph.itemBody)', nullable: true },
        actions: { type: 'microsoft.graph.actions', nullable: true },
        recipient: { type: 'microsoft.graph.recipient', nullable: true },
      },
      {
        kind: 'entity',
        baseType: 'microsoft.graph.entity',
        navigationProperties: {
          fields: { type: 'microsoft.graph.fieldValueSet', nullable: true },
          contentType: { type: 'microsoft.graph.contentType', nullable: true },
        },
      },
    ),
    'microsoft.graph.fieldValueSet': closed({}, { kind: 'entity', baseType: 'microsoft.graph.entity', open: true }),
    'microsoft.graph.recipient': closed({}, { abstract: true }),
    'microsoft.graph.userRecipient': closed({ userId: { type: 'Edm.String', nullable: false } }, { baseType: 'microsoft.graph.recipient' }),
    'microsoft.graph.unrelated': closed({ userId: { type: 'Edm.String', nullable: false } }),
  },
};

const check = (body: unknown, typeName = 'microsoft.graph.message') => validateGraphBody(typeName, body, metadata);

describe('validateGraphBody', () => {
  it('accepts a body using declared and inherited properties of the right types', () => {
    expect(
      check({
        id: 'x',
        body: { contentType: 'html', content: '<p>hi</p>' },
        count: 3,
        big: 9007199254740991,
        ratio: 0.5,
        urgent: false,
        sentOn: '2026-12-01T10:00:00Z',
        tags: ['a', 'b'],
        bodies: [{ content: 'one' }, { content: null }],
        actions: 'reactionAdded,reactionRemoved',
      }),
    ).toEqual([]);
  });

  it('names a property the type and its base types do not define, with the OData reader wording', () => {
    expect(check({ body: { content: 'x' }, columnGroup2: 'Custom' })).toEqual([
      {
        path: 'columnGroup2',
        message:
          "The property 'columnGroup2' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.",
      },
    ]);
    expect(check({ body: { content: 'x', colour: 'red' } }).map((problem) => problem.path)).toEqual(['body.colour']);
  });

  it('allows any property on an open type, also inside a closed one (listItem.fields)', () => {
    expect(check({ Anything: 1, 'Tags@odata.type': 'Collection(Edm.String)', Tags: ['a'] }, 'microsoft.graph.fieldValueSet')).toEqual([]);
    expect(check({ body: { content: 'x' }, fields: { Title: 'T', Count: 2 } })).toEqual([]);
  });

  it('refuses values of the wrong primitive type', () => {
    const problems = check({ body: { content: 42 }, count: '3', big: 1.5, ratio: 'half', urgent: 'yes', sentOn: 'tomorrow' });
    expect(problems.map((problem) => problem.path)).toEqual(['body.content', 'count', 'big', 'ratio', 'urgent', 'sentOn']);
    expect(problems[0]?.message).toBe("Cannot convert the literal '42' to the expected type 'Edm.String' (the property 'body.content').");
    expect(check({ count: 2147483648 }).map((problem) => problem.path)).toEqual(['count']);
  });

  it('wants arrays for collections and checks every element', () => {
    expect(check({ tags: 'a' }).map((problem) => problem.path)).toEqual(['tags']);
    expect(check({ tags: ['a', 3] }).map((problem) => problem.path)).toEqual(['tags[1]']);
    expect(check({ bodies: [{ content: 'x' }, { content: 'y', extra: 1 }] }).map((problem) => problem.path)).toEqual(['bodies[1].extra']);
  });

  it('wants objects for complex and entity values', () => {
    expect(check({ body: 'hello' })[0]?.message).toBe("The property 'body' has the type 'microsoft.graph.itemBody': a JSON object was expected, found a string.");
    expect(check([])[0]?.message).toBe("The request body has the type 'microsoft.graph.message': a JSON object was expected, found an array.");
  });

  it('accepts enum members (any case), flags as a comma list, and nothing else', () => {
    expect(check({ body: { contentType: 'HTML', content: 'x' } })).toEqual([]);
    expect(check({ body: { contentType: 'markdown', content: 'x' } })[0]?.message).toBe(
      "The value 'markdown' of the property 'body.contentType' is not a member of the enumeration type 'microsoft.graph.bodyType' (text, html).",
    );
    expect(check({ body: { contentType: 1, content: 'x' } }).map((problem) => problem.path)).toEqual(['body.contentType']);
    expect(check({ actions: 'none,shouted' }).map((problem) => problem.path)).toEqual(['actions']);
  });

  it('allows null only where the property is nullable', () => {
    expect(check({ count: null, tags: null, body: { content: null } })).toEqual([]);
    expect(check({ count: null, body: null })).toEqual([
      {
        path: 'body',
        message: expect.stringContaining("A null value was found for the property 'body', which has the expected type 'microsoft.graph.itemBody[Nullable=False]'"),
      },
    ]);
    expect(check(null).map((problem) => problem.path)).toEqual(['']);
  });

  it('lets @odata.type pick a derived type and checks against it', () => {
    expect(check({ recipient: { '@odata.type': '#microsoft.graph.userRecipient', userId: 'u1' } })).toEqual([]);
    expect(check({ recipient: { '@odata.type': 'graph.userRecipient', userId: 'u1' } })).toEqual([]);
    expect(check({ recipient: { '@odata.type': '#microsoft.graph.userRecipient', userId: 'u1', chatId: 'c' } }).map((problem) => problem.path)).toEqual([
      'recipient.chatId',
    ]);
    expect(check({ recipient: { '@odata.type': '#microsoft.graph.userRecipient', userId: null } }).map((problem) => problem.path)).toEqual(['recipient.userId']);
  });

  it('refuses an @odata.type that is unknown, unrelated, not a string, or missing where the type is abstract', () => {
    expect(check({ recipient: { '@odata.type': '#microsoft.graph.nothing' } })[0]?.message).toContain("A type named 'microsoft.graph.nothing' could not be resolved");
    expect(check({ recipient: { '@odata.type': '#microsoft.graph.unrelated', userId: 'u' } })[0]?.message).toBe(
      "A resource with type 'microsoft.graph.unrelated' was found, but it is not assignable to the expected type 'microsoft.graph.recipient'.",
    );
    expect(check({ recipient: { '@odata.type': 7 } }).map((problem) => problem.path)).toEqual(['recipient.@odata.type']);
    expect(check({ recipient: { userId: 'u' } })[0]?.message).toContain("The type 'microsoft.graph.recipient' is abstract");
  });

  it('allows instance and property annotations and does not check values of types it does not hold', () => {
    expect(check({ '@odata.context': 'x', '@microsoft.graph.conflictBehavior': 'rename', 'members@odata.bind': ['a'], contentType: { whatever: true } })).toEqual([]);
  });
});
