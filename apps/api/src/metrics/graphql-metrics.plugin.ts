import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { seriesOf, type MetricsService } from './metrics.service';

/** Counts and times every GraphQL operation over HTTP, by operation name and type. */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  const requests = seriesOf((operation, type, outcome) => metrics.graphqlRequests.labels(operation, type, outcome));
  const durations = seriesOf((operation, type) => metrics.graphqlDuration.labels(operation, type));
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operation, document, response }) {
          // The name is known even when validation refused the operation (the document parsed).
          const named = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name) as OperationDefinitionNode | undefined;
          const operationLabel = metrics.operationLabel(operation?.name?.value ?? request.operationName ?? named?.name?.value);
          const type = operation?.operation ?? 'invalid';
          // The errors as the client sees them, after formatError gave each its code.
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') : 'ok';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          requests(operationLabel, type, outcome).inc();
          durations(operationLabel, type).observe(seconds);
        },
      };
    },
  };
}
