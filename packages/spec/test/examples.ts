import type { components } from "../src/index.js";

type Schemas = components["schemas"];

/** Payloads a conforming back-end sends, typed by the generated types so that the types and schemas agree. */
export const createdJob = {
  id: "j-20261122-a1",
  title: "NDVI over Vienna",
  description: null,
  process: {
    process_graph: {
      load: {
        process_id: "load_collection",
        arguments: {
          id: "SENTINEL2_L2A",
          spatial_extent: { west: 16.1, south: 48.1, east: 16.6, north: 48.3 },
        },
      },
      save: {
        process_id: "save_result",
        arguments: { data: { from_node: "load" }, format: "GTiff" },
        result: true,
      },
    },
  },
  status: "created",
  progress: 0,
  created: "2026-11-22T08:00:00Z",
  plan: null,
  budget: null,
} satisfies Schemas["batch_job"];

export const finishedJob = {
  ...createdJob,
  status: "finished",
  progress: 100,
  updated: "2026-11-22T08:05:00Z",
  queued: "2026-11-22T08:01:00Z",
  started: "2026-11-22T08:02:00Z",
  costs: 1.5,
  usage: { cpu: { value: 40, unit: "cpu-seconds" } },
} satisfies Schemas["batch_job"];

export const resultsItem = {
  stac_version: "1.0.0",
  id: "j-20261122-a1",
  type: "Feature",
  bbox: [16.1, 48.1, 16.6, 48.3],
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [16.1, 48.1],
        [16.6, 48.1],
        [16.6, 48.3],
        [16.1, 48.3],
        [16.1, 48.1],
      ],
    ],
  },
  properties: {
    datetime: null,
    start_datetime: "2026-06-01T00:00:00Z",
    end_datetime: "2026-06-30T00:00:00Z",
    expires: "2026-11-23T08:05:00Z",
    "openeo:status": "finished",
  },
  assets: {
    "result.tiff": {
      href: "http://127.0.0.1:8080/downloads/j-20261122-a1/result.tiff?expires=1795420000&signature=abc",
      type: "image/tiff; application=geotiff",
      roles: ["data"],
      title: "result.tiff",
      "file:size": 20_480,
      "file:checksum": "1220a3f1",
    },
    "thumbnail.png": {
      href: "http://127.0.0.1:8080/downloads/j-20261122-a1/thumbnail.png?expires=1795420000&signature=def",
      type: "image/png",
      roles: ["thumbnail", "overview"],
    },
  },
  links: [
    {
      rel: "canonical",
      href: "http://127.0.0.1:8080/downloads/j-20261122-a1/item.json?signature=x",
      type: "application/geo+json",
    },
  ],
} satisfies Schemas["results_item"];

export const logPage = {
  level: "info",
  logs: [
    { id: "1", level: "info", message: "Job queued.", time: "2026-11-22T08:01:00Z" },
    {
      id: "2",
      level: "error",
      message: "Collection 'NOPE' does not exist.",
      code: "CollectionNotFound",
      time: "2026-11-22T08:02:00Z",
    },
  ],
  links: [{ rel: "next", href: "http://127.0.0.1:8080/jobs/j-1/logs?offset=2&limit=2" }],
} satisfies Schemas["log_page"];

export const error = {
  id: "e-42",
  code: "JobNotFound",
  message: "The batch job 'nope' does not exist.",
  links: [],
} satisfies Schemas["error"];

export const oidcProviders = {
  providers: [
    {
      id: "egi",
      issuer: "https://idp.example/realms/openeo",
      title: "Example academic login",
      scopes: ["openid", "email"],
      default_clients: [
        {
          id: "openeo-public",
          grant_types: ["urn:ietf:params:oauth:grant-type:device_code+pkce", "refresh_token"],
        },
      ],
      authorization_parameters: { prompt: "login" },
    },
  ],
} satisfies Schemas["oidc_providers"];
