import { graphql, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { answerPreloadedFields, selectsOnly } from './preloaded-field';

interface Row {
  title: string;
  position?: number;
}

/** A schema as Nest builds it: the `@Preloaded` reader sits in the field's extensions, beside the resolver. */
function threadsSchema(rows: Row[], resolver: () => unknown) {
  const thread = new GraphQLObjectType<Row, { caller: unknown }>({
    name: 'Thread',
    fields: {
      title: { type: GraphQLString },
      unread: {
        type: GraphQLInt,
        resolve: resolver,
        extensions: { communityHubPreloaded: (row: Row, ctx: { caller: unknown }) => (ctx.caller ? row.position : 0) },
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { threads: { type: new GraphQLList(thread), resolve: () => rows } } }),
  });
}

describe('answerPreloadedFields', () => {
  const rows: Row[] = [{ title: 'a', position: 3 }, { title: 'b', position: 0 }, { title: 'c' }];

  it('answers from the parent when the reader gives a value (0 included), and runs the resolver only when it gives undefined', async () => {
    let calls = 0;
    const schema = answerPreloadedFields(threadsSchema(rows, () => (calls++, 42)));
    const result = await graphql({ schema, source: '{ threads { title unread } }', contextValue: { caller: { userId: 'u' } } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ threads: [{ title: 'a', unread: 3 }, { title: 'b', unread: 0 }, { title: 'c', unread: 42 }] });
    expect(calls).toBe(1);
  });

  it('gives the reader the request context', async () => {
    let calls = 0;
    const schema = answerPreloadedFields(threadsSchema(rows, () => (calls++, 42)));
    const result = await graphql({ schema, source: '{ threads { unread } }', contextValue: { caller: null } });
    expect(result.data).toEqual({ threads: [{ unread: 0 }, { unread: 0 }, { unread: 0 }] });
    expect(calls).toBe(0);
  });

  it('leaves the schema alone without it: every value comes from the resolver', async () => {
    let calls = 0;
    const result = await graphql({ schema: threadsSchema(rows, () => (calls++, 42)), source: '{ threads { unread } }', contextValue: { caller: {} } });
    expect(result.data).toEqual({ threads: [{ unread: 42 }, { unread: 42 }, { unread: 42 }] });
    expect(calls).toBe(3);
  });
});

describe('selectsOnly', () => {
  const person = new GraphQLObjectType({ name: 'Person', fields: { id: { type: GraphQLString }, name: { type: GraphQLString }, email: { type: GraphQLString } } });
  const idAndName = selectsOnly(['id', 'name']);

  async function asked(source: string): Promise<boolean[]> {
    const seen: boolean[] = [];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { people: { type: new GraphQLList(person), resolve: (_p, _a, _c, info) => (seen.push(idAndName(info)), [{ id: '1', name: 'A', email: 'a@x' }]) } },
      }),
    });
    const result = await graphql({ schema, source });
    expect(result.errors).toBeUndefined();
    return seen;
  }

  it('is true only when nothing but the named fields (and __typename) is selected', async () => {
    expect(await asked('{ people { id name } }')).toEqual([true]);
    expect(await asked('{ people { __typename name } }')).toEqual([true]);
    expect(await asked('{ people { id email } }')).toEqual([false]);
    expect(await asked('{ people { ...P } } fragment P on Person { id }')).toEqual([false]);
    expect(await asked('{ people { ... on Person { id } } }')).toEqual([false]);
    // Two fields merged under one response key: every selection counts.
    expect(await asked('{ people { id } people { email } }')).toEqual([false]);
    expect(await asked('{ people { id } people { name } }')).toEqual([true]);
  });
});
