/**
 * The Apollo Federation 2 subgraph endpoint (schema: src/schema/subgraph.ts). Off unless
 * FEDERATION_SUBGRAPH_ENABLED: a subgraph runs whatever documents its gateway plans, so it belongs
 * on a network only the gateway reaches, and clients without a gateway keep using /graphql.
 */

/** From FEDERATION_SUBGRAPH_ENABLED (src/process/config.ts). */
export interface FederationSettings {
  subgraphEnabled: boolean;
}

export const DEFAULT_FEDERATION_SETTINGS: FederationSettings = { subgraphEnabled: false };

/** Where a gateway's subgraph URL points. */
export const SUBGRAPH_ENDPOINT = '/subgraph';
