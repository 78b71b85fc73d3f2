import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, execute, GraphQLError, parse, type ExecutionResult, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CompiledExecution, compilable } from '../../src/graphql/compiled-execution';
import { startTestApp, type TestApp } from '../support/test-app';

const schema = buildSchema(`
  type Query {
    greeting(name: String!, punctuation: String): String!
    people(first: Int): [Person!]!
    failing: String
    refused: String
    strict: String!
    echo(input: Options): String!
  }
  type Mutation { save(input: Options!): String! }
  type Person { id: ID!, name: String!, friends: [Person!]! }
  input Options { label: String! = "default label", size: Int }
`);

const people = [
  { id: '1', name: 'Ada', friends: [] as unknown[] },
  { id: '2', name: 'Grace', friends: [] as unknown[] },
];
people[0].friends = [people[1]];
const Query = schema.getQueryType()!.getFields();
Query.greeting.resolve = (_root, args) => `Hello ${args.name}${args.punctuation ?? '.'}`;
Query.people.resolve = async (_root, args) => people.slice(0, args.first ?? people.length);
Query.failing.resolve = async () => {
  throw new Error('the database went away');
};
Query.refused.resolve = () => {
  throw new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
};
Query.strict.resolve = () => null;
Query.echo.resolve = (_root, args) => JSON.stringify(args.input ?? null);

function operationOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return { document, operation };
}

async function both(source: string, variables: Record<string, unknown> = {}): Promise<{ compiled: ExecutionResult; reference: ExecutionResult }> {
  const execution = new CompiledExecution();
  execution.useSchema(schema);
  const { executor } = await execution.load();
  const { document, operation } = operationOf(source);
  const request = { document, operation, operationName: null, request: { query: source, variables }, context: {} } as unknown as GatewayGraphQLRequestContext;
  const compiled = await executor(request);
  const reference = await execute({ schema, document, variableValues: variables, contextValue: {} });
  return { compiled, reference };
}

const json = (result: ExecutionResult) => JSON.parse(JSON.stringify(result));

describe('CompiledExecution (graphql-jit where it agrees with graphql-js)', () => {
  it('compiles plain queries only: not mutations, input objects, object literals or introspection', () => {
    const check = (source: string) => {
      const { document, operation } = operationOf(source);
      return compilable(schema, document, operation);
    };
    expect(check('query($n: String!, $first: Int) { greeting(name: $n) people(first: $first) { id friends { name } } }')).toBe(true);
    expect(check('mutation($i: Options!) { save(input: $i) }')).toBe(false);
    expect(check('query($i: Options) { echo(input: $i) }')).toBe(false);
    expect(check('{ echo(input: { size: 3 }) }')).toBe(false);
    expect(check('{ __schema { queryType { name } } }')).toBe(false);
    expect(check('{ people { ...F } } fragment F on Person { __type: name }')).toBe(true);
  });

  it('gives the same data as graphql-js, nested lists and variables included', async () => {
    const { compiled, reference } = await both('query($n: String!, $first: Int) { greeting(name: $n) people(first: $first) { id name friends { name } } }', { n: 'Crewe', first: 2 });
    expect(json(compiled)).toEqual(json(reference));
    expect(compiled.data).toEqual({ greeting: 'Hello Crewe.', people: [{ id: '1', name: 'Ada', friends: [{ name: 'Grace' }] }, { id: '2', name: 'Grace', friends: [] }] });
  });

  it('reports errors as graphql-js errors: same message, path, locations, cause, and always an extensions object', async () => {
    for (const source of ['{ failing }', '{ refused }', '{ strict }']) {
      const { compiled, reference } = await both(source);
      expect(json(compiled)).toEqual(json(reference));
      const [error] = compiled.errors!;
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toEqual(expect.any(Object));
      expect(error.originalError?.message).toBe(reference.errors![0].originalError?.message);
    }
    const { compiled } = await both('{ refused }');
    expect(compiled.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('leaves input objects to graphql-js, which fills their defaults', async () => {
    const { compiled, reference } = await both('query($i: Options) { echo(input: $i) }', { i: { size: 2 } });
    expect(compiled).toEqual(reference);
    expect(JSON.parse(compiled.data!.echo as string)).toEqual({ label: 'default label', size: 2 });
  });

  it('refuses bad variables as graphql-js does', async () => {
    const { compiled, reference } = await both('query($n: String!) { greeting(name: $n) }', {});
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors?.[0].message).toBe(reference.errors?.[0].message);
  });
});

describe("the app's schema as served (readPlainFieldsDirectly)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("reads plain properties without Nest's resolver, and keeps real resolvers and lazy totals", () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    // If a Nest upgrade changed its property reader, these would keep it: the optimisation would be lost, not the answers.
    for (const name of ['id', 'title', 'tags', 'postCount', 'pinned', 'locked', 'lastActivityAt']) expect(fields('Thread')[name].resolve).toBeUndefined();
    for (const name of ['edges', 'nodes', 'pageInfo']) expect(fields('ThreadConnection')[name].resolve).toBeUndefined();
    expect(fields('ThreadEdge').node.resolve).toBeUndefined();
    expect(fields('ThreadConnection').totalCount.resolve).toBeDefined();
    for (const name of ['author', 'lastPoster', 'unreadCount']) expect(fields('Thread')[name].resolve).toBeDefined();
    expect(fields('Query').network.resolve).toBeDefined();
  });
});
