import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit } from "graphql";
import type { GatewayContext } from "./server";

/**
 * Introspection (`__schema`, `__type`) only for callers with the `introspection` scope (analysts):
 * partners and dashboards learn the schema from their registered operations, not by exploring.
 */
export function introspectionGuard(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.claims.scopes.has("introspection")) return;
          let introspects = false;
          visit(document, {
            Field(node) {
              if (node.name.value === "__schema" || node.name.value === "__type") introspects = true;
            },
            [Kind.FRAGMENT_DEFINITION]: undefined,
          });
          if (introspects) throw new GraphQLError("Introspection is for analysts only.", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
        },
      };
    },
  };
}
