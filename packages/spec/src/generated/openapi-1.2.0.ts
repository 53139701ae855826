// Auto-generated from openapi.yaml by scripts/generate.ts. Do not edit; run `npm run generate`.

export interface paths {
    "/.well-known/openeo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API versions this back-end serves
         * @description Served at the origin, outside any versioned tree, without authentication.
         */
        get: operations["connect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the back-end and the endpoints it implements
         * @description Clients may request it with or without a trailing slash; both must answer.
         */
        get: operations["capabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the conformance classes */
        get: operations["conformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/basic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange HTTP Basic credentials for a bearer token
         * @description Later requests send `Authorization: Bearer basic//{access_token}`.
         */
        get: operations["authenticate-basic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the OpenID Connect providers
         * @description The first provider is the default. Later requests send the provider's access token as `Authorization: Bearer oidc/{provider id}/{access_token}` or, when the JWT conformance class is listed, as a plain JWT.
         */
        get: operations["authenticate-oidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the authenticated user */
        get: operations["describe-account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file_formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the input and output file formats
         * @description Format names are matched case-insensitively wherever a request names one.
         */
        get: operations["list-file-types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the predefined processes */
        get: operations["list-processes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the collections */
        get: operations["list-collections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections/{collection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe one collection with its data cube dimensions */
        get: operations["describe-collection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's batch jobs, newest first
         * @description Without `limit` every job is listed. With `limit`, a page holds at most that many jobs and the `links` carry a `rel=next` link while more jobs follow. Listed jobs omit `process`.
         */
        get: operations["list-jobs"];
        put?: never;
        /**
         * Create a batch job in status `created`
         * @description Creating a job never starts it. The answer has no body; the headers name the new job.
         */
        post: operations["create-job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /** Describe one batch job */
        get: operations["describe-job"];
        put?: never;
        post?: never;
        /** Delete a batch job and its results, stopping it first if needed */
        delete: operations["delete-job"];
        options?: never;
        head?: never;
        /**
         * Change a batch job's first-level properties
         * @description Refused with `JobLocked` while the job is `queued` or `running`.
         */
        patch: operations["update-job"];
        trace?: never;
    };
    "/jobs/{job_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /**
         * Describe a job's results as STAC with downloadable assets
         * @description A finished job answers with a STAC 1.0.0 Item (as `application/geo+json` or `application/json`) or Collection (as `application/json`). Before it finished the answer is `JobNotFinished` unless `partial=true`, in which case the metadata carries `openeo:status`. A job in status `error` answers 424 with the error. Asset hrefs are absolute, signed and expire at `expires`; they work without authentication.
         */
        get: operations["list-results"];
        put?: never;
        /**
         * Queue a batch job for processing
         * @description Sets the status to `queued`. While the job is `queued` or `running` this changes nothing and still answers 202. Whether a `finished`, `error` or `canceled` job may be started again is the back-end's choice. A user without sufficient budget gets `PaymentRequired`.
         */
        post: operations["start-job"];
        /**
         * Cancel a queued or running batch job
         * @description A running job becomes `canceled`; a queued job goes back to `created` (the back-end may choose `canceled`). Answers 204 whatever the status was.
         */
        delete: operations["stop-job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{job_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /** Read a job's log entries, oldest first */
        get: operations["debug-job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{job_id}/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /**
         * Estimate a job's costs, duration and result size
         * @description At least one of `costs`, `duration` or `size`; otherwise `EstimateComplexity`.
         */
        get: operations["estimate-job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a graph synchronously and answer with the result's bytes */
        post: operations["compute-result"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a process without running it
         * @description Answers 200 with every problem found in the process, each an error object (`code`, `message`); an empty list means the process is valid. A 4XX answer means the request itself was wrong, never the process.
         */
        post: operations["validate-custom-process"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/udf_runtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the runtimes user-defined functions (UDFs) may name */
        get: operations["list-udf-runtimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process_graphs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's user-defined processes */
        get: operations["list-custom-processes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process_graphs/{process_graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a user-defined process. */
                process_graph_id: components["parameters"]["process_graph_id"];
            };
            cookie?: never;
        };
        /** Describe one of the user's user-defined processes, with its process graph */
        get: operations["describe-custom-process"];
        /**
         * Store or replace a user-defined process under this id
         * @description The process is validated before it is stored; a refused one leaves the store unchanged.
         */
        put: operations["store-custom-process"];
        post?: never;
        /** Delete one of the user's user-defined processes */
        delete: operations["delete-custom-process"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error answer. `code` is one of the codes in the error catalogue. */
        error: {
            /** @description A back-end identifier of this occurrence. */
            id?: string;
            code: string;
            message: string;
            links?: components["schemas"]["links"];
        };
        link: {
            /** Format: uri-reference */
            href: string;
            rel: string;
            type?: string;
            title?: string;
        };
        links: components["schemas"]["link"][];
        job_id: string;
        collection_id: string;
        /**
         * @description created → queued (started) → running → finished | error. Canceling a running job gives `canceled`; canceling a queued job gives `created`.
         * @enum {string}
         */
        job_status: "created" | "queued" | "running" | "canceled" | "finished" | "error";
        /** @enum {string} */
        result_status: "running" | "canceled" | "finished" | "error";
        /**
         * @description From lowest to highest severity - debug, info, warning, error.
         * @enum {string}
         */
        log_level: "error" | "warning" | "info" | "debug";
        /** Format: date-time */
        date_time: string;
        money: number | null;
        well_known: {
            versions: {
                /** Format: uri */
                url: string;
                api_version: string;
                /** @default true */
                production?: boolean;
            }[];
        };
        capabilities: {
            /** @enum {string} */
            api_version: "1.2.0" | "1.1.0";
            backend_version: string;
            stac_version: components["schemas"]["stac_version"];
            /** @enum {string} */
            type?: "Catalog";
            conformsTo?: string[];
            id: string;
            title: string;
            description: string;
            production?: boolean;
            endpoints: {
                path: string;
                methods: ("GET" | "POST" | "PATCH" | "PUT" | "DELETE" | "OPTIONS")[];
            }[];
            billing?: {
                currency: string | null;
                default_plan?: string;
                plans?: {
                    name: string;
                    description: string;
                    paid: boolean;
                    /** Format: uri */
                    url?: string;
                }[];
            };
            links: components["schemas"]["links"];
        };
        conformance: {
            conformsTo: string[];
        };
        access_token: {
            access_token: string;
        };
        oidc_providers: {
            /** @description The first provider is the one clients use when the user names none. */
            providers: components["schemas"]["oidc_provider"][];
        };
        oidc_provider: {
            /** @description Unique on this back-end; the provider part of a legacy bearer token. */
            id: string;
            /**
             * Format: uri
             * @description Serves OpenID Connect discovery at `{issuer}/.well-known/openid-configuration`; no trailing slash.
             */
            issuer: string;
            /** @description Scopes a client must at least ask for (with `openid` among them when listed). */
            scopes?: string[];
            title: string;
            description?: string;
            /** @description Public clients (no secret) the back-end offers for PKCE-based grants. */
            default_clients?: components["schemas"]["oidc_default_client"][];
            links?: components["schemas"]["links"];
        };
        oidc_default_client: {
            id: string;
            grant_types: ("implicit" | "authorization_code" | "authorization_code+pkce" | "urn:ietf:params:oauth:grant-type:device_code" | "urn:ietf:params:oauth:grant-type:device_code+pkce" | "refresh_token")[];
            redirect_urls?: string[];
        };
        user: {
            user_id: string;
            name?: string;
            default_plan?: string;
            budget?: number | null;
            storage?: {
                free: number;
                quota: number;
            } | null;
            links?: components["schemas"]["links"];
        };
        file_format: {
            title?: string;
            description?: string;
            gis_data_types: ("raster" | "vector" | "table" | "pointcloud" | "other")[];
            parameters: {
                [key: string]: {
                    description: string;
                    schema?: unknown;
                };
            };
            links?: components["schemas"]["links"];
        };
        file_formats: {
            input: {
                [key: string]: components["schemas"]["file_format"];
            };
            output: {
                [key: string]: components["schemas"]["file_format"];
            };
        };
        process_parameter: {
            name: string;
            description: string;
            schema: components["schemas"]["data_type_schema"];
            optional?: boolean;
            default?: unknown;
        };
        process_summary: {
            id: string;
            summary?: string;
            description: string;
            categories?: string[];
            parameters: components["schemas"]["process_parameter"][];
            returns: {
                description?: string;
                schema: components["schemas"]["data_type_schema"];
            };
            links?: components["schemas"]["links"];
        };
        process_list: {
            processes: components["schemas"]["process_summary"][];
            links: components["schemas"]["links"];
        };
        /** @description A JSON Schema of the data type, or a list of alternative JSON Schemas. */
        data_type_schema: Record<string, unknown> | Record<string, unknown>[];
        /** @description A STAC version; 0.9.x and any 1.x.x are allowed. */
        stac_version: string;
        /** @description west, south, east, north (and optionally the vertical axis as a 6-number box). */
        bbox: number[] & (unknown | unknown);
        collection: {
            stac_version: components["schemas"]["stac_version"];
            stac_extensions?: string[];
            /** @enum {string} */
            type?: "Collection";
            id: components["schemas"]["collection_id"];
            title?: string;
            description: string;
            keywords?: string[];
            license: string;
            providers?: {
                name: string;
                roles?: string[];
                /** Format: uri */
                url?: string;
            }[];
            extent: {
                spatial: {
                    bbox?: components["schemas"]["bbox"][];
                };
                temporal: {
                    interval?: (string | null)[][];
                };
            };
            links: components["schemas"]["links"];
            "cube:dimensions"?: {
                [key: string]: {
                    /** @enum {string} */
                    type: "spatial" | "temporal" | "bands" | "geometry" | "other";
                    axis?: unknown;
                    extent?: unknown;
                    values?: unknown;
                    step?: unknown;
                    reference_system?: unknown;
                };
            };
            summaries?: Record<string, unknown>;
        };
        collection_detail: components["schemas"]["collection"] & Record<string, unknown>;
        collection_list: {
            collections: components["schemas"]["collection"][];
            links: components["schemas"]["links"];
        };
        process_node: {
            process_id: string;
            namespace?: string | null;
            arguments: Record<string, unknown>;
            /** @default false */
            result?: boolean;
            description?: string | null;
        };
        process_graph: {
            [key: string]: components["schemas"]["process_node"];
        };
        /** @description A user-defined process; only `process_graph` is needed to run it. */
        process: {
            id?: string | null;
            summary?: string | null;
            description?: string | null;
            parameters?: components["schemas"]["process_parameter"][] | null;
            returns?: {
                description?: string;
                schema: components["schemas"]["data_type_schema"];
            } | null;
            process_graph: components["schemas"]["process_graph"];
        };
        /** @description A stored user-defined process, with its id. */
        user_defined_process: components["schemas"]["process"] & Record<string, unknown>;
        user_defined_process_list: {
            processes: {
                id: string;
                summary?: string | null;
                description?: string | null;
                categories?: string[];
                parameters?: components["schemas"]["process_parameter"][] | null;
            }[];
            links: components["schemas"]["links"];
        };
        /** @description Back-end specific properties may be added beside these. A `budget` of 0 is valid JSON here (as in openEO's schema) and refused by the back-end with `BudgetInvalid`, as openEO's error list says. */
        job_create: {
            title?: string | null;
            description?: string | null;
            process: components["schemas"]["process"];
            plan?: string | null;
            budget?: components["schemas"]["money"];
            log_level?: components["schemas"]["log_level"];
        };
        /** @description Back-end specific properties may be added beside these. `{}` changes nothing. */
        job_update: {
            title?: string | null;
            description?: string | null;
            process?: components["schemas"]["process"];
            plan?: string | null;
            budget?: components["schemas"]["money"];
            log_level?: components["schemas"]["log_level"];
        };
        usage_metric: {
            value: number;
            unit: string;
        };
        /** @description A job as listed in `GET /jobs`, without its process. */
        job_summary: {
            id: components["schemas"]["job_id"];
            title?: string | null;
            description?: string | null;
            status: components["schemas"]["job_status"];
            progress?: number;
            created: components["schemas"]["date_time"];
            updated?: components["schemas"]["date_time"];
            plan?: string | null;
            costs?: components["schemas"]["money"];
            budget?: components["schemas"]["money"];
            usage?: {
                [key: string]: components["schemas"]["usage_metric"];
            };
            log_level?: components["schemas"]["log_level"];
            links?: components["schemas"]["links"];
        };
        batch_job: components["schemas"]["job_summary"] & {
            process: components["schemas"]["process"];
        };
        job_list: {
            jobs: components["schemas"]["job_summary"][];
            links: components["schemas"]["links"];
        };
        log_entry: {
            id: string;
            code?: string;
            level: components["schemas"]["log_level"];
            message: string;
            time?: components["schemas"]["date_time"];
            data?: unknown;
            path?: {
                node_id: string;
                process_id?: string;
                namespace?: string | null;
                parameter?: string | null;
            }[];
            links?: components["schemas"]["links"];
        };
        log_page: {
            level?: components["schemas"]["log_level"];
            logs: components["schemas"]["log_entry"][];
            links: components["schemas"]["links"];
        };
        /** @description At least one of costs, duration and size. */
        estimate: {
            costs?: components["schemas"]["money"];
            /** @description An ISO 8601 duration. */
            duration?: string;
            /** @description Bytes. */
            size?: number;
            downloads_included?: number | null;
            expires?: components["schemas"]["date_time"];
        } & (unknown | unknown | unknown);
        /** @description One result file. `href` is absolute and signed; `type` is the media type the download answers with. `file:size` and `file:checksum` (a multihash in hex, e.g. `1220` followed by the SHA-256 digest) come from the STAC file extension. */
        asset: {
            href: string;
            type?: string;
            title?: string;
            description?: string;
            roles?: string[];
            /** @description The file's size in bytes (STAC file extension). */
            "file:size"?: unknown;
            /** @description The file's multihash in hex (STAC file extension). */
            "file:checksum"?: unknown;
        };
        assets: {
            [key: string]: components["schemas"]["asset"];
        };
        geometry: {
            /** @enum {string} */
            type: "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon" | "GeometryCollection";
            coordinates?: unknown;
            geometries?: unknown;
        } | null;
        /** @description The results of a batch job as a STAC 1.0.0 Item. */
        results_item: {
            stac_version: components["schemas"]["stac_version"];
            stac_extensions?: string[];
            id: components["schemas"]["job_id"];
            /** @enum {string} */
            type: "Feature";
            bbox?: components["schemas"]["bbox"];
            geometry: components["schemas"]["geometry"];
            properties: {
                /** Format: date-time */
                datetime: string | null;
                start_datetime?: components["schemas"]["date_time"];
                end_datetime?: components["schemas"]["date_time"];
                title?: string | null;
                description?: string | null;
                created?: components["schemas"]["date_time"];
                updated?: components["schemas"]["date_time"];
                expires?: components["schemas"]["date_time"];
                "openeo:status"?: components["schemas"]["result_status"];
            };
            assets: components["schemas"]["assets"];
            links: components["schemas"]["links"];
        };
        /** @description The results of a batch job as a STAC 1.0.0 Collection. */
        results_collection: {
            stac_version: components["schemas"]["stac_version"];
            stac_extensions?: string[];
            id: components["schemas"]["collection_id"];
            /** @enum {string} */
            type?: "Collection";
            title?: string | null;
            description: string;
            license: string;
            extent: {
                spatial: {
                    bbox?: components["schemas"]["bbox"][];
                };
                temporal: {
                    interval?: (string | null)[][];
                };
            };
            /** @description When the signed links expire (an RFC 3339 date-time). */
            expires?: unknown;
            "openeo:status"?: components["schemas"]["result_status"];
            assets: components["schemas"]["assets"];
            links: components["schemas"]["links"];
        };
        /** @description The results of a batch job as a STAC Item or Collection, told apart by `type`. */
        results: components["schemas"]["results_item"] | components["schemas"]["results_collection"];
        /** @description Back-end specific properties may be added beside these. */
        sync_request: {
            process: components["schemas"]["process"];
            plan?: string | null;
            budget?: components["schemas"]["money"];
            log_level?: components["schemas"]["log_level"];
        };
        validation_result: {
            errors: components["schemas"]["error"][];
        };
        /** @description The runtimes by name. A `language` runtime lists its `versions` (each with its `libraries`), a `docker` runtime its image (`docker`) and `tags`; other types may be added by a back-end. */
        udf_runtimes: {
            [key: string]: components["schemas"]["udf_runtime"];
        };
        /** @description One runtime. openEO picks the further fields by `type`: a `language` runtime has `versions`, each version its `libraries` (name → `{version}`); a `docker` runtime has its image (`docker`) and `tags`. */
        udf_runtime: {
            title?: string;
            description?: string;
            type: string;
            /** @description The default version (language) or tag (docker). */
            default: string;
            deprecated?: boolean;
            experimental?: boolean;
            links?: components["schemas"]["links"];
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request was wrong; the body says what to change. */
        client_error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error"];
            };
        };
        /** @description The request was wrong; the body says what to change. 401 `AuthenticationRequired` when no credentials were sent, 403 `TokenInvalid` or `CredentialsInvalid` when they were wrong. */
        client_error_auth: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error"];
            };
        };
        /** @description The back-end failed; the body says what happened. */
        server_error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error"];
            };
        };
    };
    parameters: {
        /** @description The job's id. */
        job_id: components["schemas"]["job_id"];
        /** @description The collection's id. */
        collection_id: components["schemas"]["collection_id"];
        /** @description The id of a user-defined process. */
        process_graph_id: string;
        /** @description The largest number of items on one page; without it (or empty), everything is listed. */
        pagination_limit: number;
        /** @description The id of the last entry already seen; only later entries are listed. Empty means from the start. */
        log_offset: string;
        /** @description The lowest severity to list; without it (or empty), `info`. */
        log_level: "error" | "warning" | "info" | "debug";
    };
    requestBodies: never;
    headers: {
        /** @description The absolute URL of the created job. */
        Location: string;
        /** @description The id of the created job. */
        "OpenEO-Identifier": components["schemas"]["job_id"];
        /** @description The costs of the request, in the back-end's currency. */
        "OpenEO-Costs": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    connect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API versions, each with its base URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["well_known"];
                };
            };
            "4XX": components["responses"]["client_error"];
            "5XX": components["responses"]["server_error"];
        };
    };
    capabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["capabilities"];
                };
            };
            "4XX": components["responses"]["client_error"];
            "5XX": components["responses"]["server_error"];
        };
    };
    conformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conformance classes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["conformance"];
                };
            };
            "4XX": components["responses"]["client_error"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "authenticate-basic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["access_token"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "authenticate-oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenID Connect providers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["oidc_providers"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "describe-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["user"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-file-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file formats by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["file_formats"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-processes": {
        parameters: {
            query?: {
                /** @description The largest number of items on one page; without it (or empty), everything is listed. */
                limit?: components["parameters"]["pagination_limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The processes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["process_list"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-collections": {
        parameters: {
            query?: {
                /** @description The largest number of items on one page; without it (or empty), everything is listed. */
                limit?: components["parameters"]["pagination_limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["collection_list"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "describe-collection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection's id. */
                collection_id: components["parameters"]["collection_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["collection_detail"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-jobs": {
        parameters: {
            query?: {
                /** @description The largest number of items on one page; without it (or empty), everything is listed. */
                limit?: components["parameters"]["pagination_limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["job_list"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "create-job": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["job_create"];
            };
        };
        responses: {
            /** @description The job was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "OpenEO-Identifier": components["headers"]["OpenEO-Identifier"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "describe-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["batch_job"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "delete-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "update-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["job_update"];
            };
        };
        responses: {
            /** @description The job was changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-results": {
        parameters: {
            query?: {
                /** @description Answer with the results available so far instead of `JobNotFinished`. */
                partial?: boolean;
            };
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    "OpenEO-Costs": components["headers"]["OpenEO-Costs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["results_item"];
                    "application/json": components["schemas"]["results"];
                };
            };
            /** @description The job failed; the body is the log entry of the error that ended it. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["log_entry"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "start-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job is queued (or already was). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "stop-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Processing was canceled, or there was nothing to cancel. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "debug-job": {
        parameters: {
            query?: {
                /** @description The id of the last entry already seen; only later entries are listed. Empty means from the start. */
                offset?: components["parameters"]["log_offset"];
                /** @description The lowest severity to list; without it (or empty), `info`. */
                level?: components["parameters"]["log_level"];
                /** @description The largest number of items on one page; without it (or empty), everything is listed. */
                limit?: components["parameters"]["pagination_limit"];
            };
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["log_page"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "estimate-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id. */
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["estimate"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "compute-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["sync_request"];
            };
        };
        responses: {
            /** @description The first output's bytes, with the media type of its format. */
            200: {
                headers: {
                    /** @description The media type of the output format. */
                    "Content-Type"?: string;
                    "OpenEO-Costs": components["headers"]["OpenEO-Costs"];
                    /** @description A link with `rel="monitor"` to the request's logs. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "validate-custom-process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["process"];
            };
        };
        responses: {
            /** @description The problems found; none when the process is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["validation_result"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-udf-runtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runtimes by name, the name being what `run_udf`'s `runtime` argument takes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["udf_runtimes"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "list-custom-processes": {
        parameters: {
            query?: {
                /** @description The largest number of items on one page; without it (or empty), everything is listed. */
                limit?: components["parameters"]["pagination_limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's user-defined processes, each without its process graph. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["user_defined_process_list"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "describe-custom-process": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a user-defined process. */
                process_graph_id: components["parameters"]["process_graph_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user-defined process. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["user_defined_process"];
                };
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "store-custom-process": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a user-defined process. */
                process_graph_id: components["parameters"]["process_graph_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["process"];
            };
        };
        responses: {
            /** @description The process was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
    "delete-custom-process": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a user-defined process. */
                process_graph_id: components["parameters"]["process_graph_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["client_error_auth"];
            "5XX": components["responses"]["server_error"];
        };
    };
}
