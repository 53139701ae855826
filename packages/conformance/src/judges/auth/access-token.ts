import type { Exchange } from "../../internal/probe.js";
import { body } from "../../internal/scenarios/answers.js";

/** The access token a successful `GET /credentials/basic` answered, or undefined. */
export function accessToken(exchange: Exchange): string | undefined {
  const token = body(exchange).access_token;
  return exchange.status !== undefined && exchange.status < 300 && typeof token === "string" && token
    ? token
    : undefined;
}
