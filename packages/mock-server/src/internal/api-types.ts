import type { components, V1_2_0 } from "@jobkit/spec";

/** A schema of the 1.3.0 contract, by name: the type a route's JSON answer must satisfy. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** A schema as either API version defines it, for answers whose shape depends on the version (`GET /`). */
export type AnyVersionSchema<Name extends keyof components["schemas"] & keyof V1_2_0.components["schemas"]> =
  | components["schemas"][Name]
  | V1_2_0.components["schemas"][Name];
