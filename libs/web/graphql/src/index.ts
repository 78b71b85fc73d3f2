export { graphql } from './generated/gql';
export type * from './generated/graphql';
export { createGraphqlConnection, defaultWsUrl, type GraphqlConnection, type GraphqlConnectionOptions } from './client';
export { GraphqlProvider, useClientControls, type GraphqlProviderProps } from './graphql-provider';
export { describeError, errorCode, type ApiErrorCode, type ApiProblem, type ProblemMessages } from './errors';
