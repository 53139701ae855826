import type { components } from "@jobkit/spec";

type Schemas = components["schemas"];

/** `GET /.well-known/openeo`: the API versions a back-end serves. */
export type WellKnown = Schemas["well_known"];
/** `GET /`: the back-end's capabilities. */
export type Capabilities = Schemas["capabilities"];
/** A process graph: node id → process node. */
export type ProcessGraph = Schemas["process_graph"];
/** A user-defined process; only `process_graph` is needed to run it. */
export type Process = Schemas["process"];
/** The body of `POST /jobs`. */
export type JobCreate = Schemas["job_create"];
/** The body of `PATCH /jobs/{id}`. */
export type JobUpdate = Schemas["job_update"];
/** A job as listed by `GET /jobs` (without its process). */
export type JobSummary = Schemas["job_summary"];
/** A job as described by `GET /jobs/{id}`. */
export type JobDescription = Schemas["batch_job"];
/** `created`, `queued`, `running`, `canceled`, `finished` or `error`. */
export type JobStatus = Schemas["job_status"];
/** One entry of `GET /jobs/{id}/logs`: `id`, `level`, `message`, and `code`, `time`, … when given. */
export type LogEntry = Schemas["log_entry"];
/** `error`, `warning`, `info` or `debug`, most severe first. */
export type LogLevel = Schemas["log_level"];
/** `GET /jobs/{id}/estimate`: at least one of costs, duration (ISO 8601) or size (bytes). */
export type Estimate = Schemas["estimate"];
/** A link object: `href`, `rel`, and `type`, `title` when given. */
export type Link = Schemas["link"];
/** One result file's STAC asset object (`href`, `type`, `roles`, `file:size`, `file:checksum`, …). */
export type AssetMetadata = Schemas["asset"];
/** A finished job's results: a STAC 1.0.0 Item or Collection. */
export type ResultsMetadata = Schemas["results"];

/** An entry of `GET /collections`. */
export type Collection = Schemas["collection"];

/** An entry of `GET /processes`. */
export type ProcessSummary = Schemas["process_summary"];

/** `GET /file_formats`: input and output formats by name. */
export type FileFormats = Schemas["file_formats"];
