// Auto-generated from openapi.yaml by scripts/generate.ts. Do not edit; run `npm run generate`.

/** The jobkit OpenAPI document, as parsed from openapi.yaml. */
export const document: Record<string, unknown> = {
  "openapi": "3.0.3",
  "info": {
    "title": "jobkit — the openEO batch-job contract",
    "version": "1.3.0",
    "description": "The part of the openEO API 1.3.0 that a batch-job back-end serves: discovery, authentication, the job lifecycle, results as STAC, logs, estimates and synchronous processing. Written for jobkit; every operation, status code and required field agrees with the official openEO API, and no rule here is stricter than openEO's. The 1.2.0 variant is derived from this document by `src/versions/api-1.2.0.ts`. Where the official document leaves a choice open, this document says which one jobkit makes.",
    "license": {
      "name": "Apache-2.0",
      "url": "https://www.apache.org/licenses/LICENSE-2.0"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080",
      "description": "The jobkit mock back-end started with `npm start`."
    }
  ],
  "tags": [
    {
      "name": "Discovery",
      "description": "What the back-end is and which endpoints it serves."
    },
    {
      "name": "Account",
      "description": "Authentication and the user's account."
    },
    {
      "name": "Data and processes",
      "description": "The collections, processes and file formats a process graph may use."
    },
    {
      "name": "Batch jobs",
      "description": "The batch-job lifecycle, its results, logs and estimates."
    },
    {
      "name": "Synchronous processing",
      "description": "Processing that answers with the result's bytes."
    }
  ],
  "paths": {
    "/.well-known/openeo": {
      "get": {
        "operationId": "connect",
        "tags": [
          "Discovery"
        ],
        "summary": "List the API versions this back-end serves",
        "description": "Served at the origin, outside any versioned tree, without authentication.",
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The API versions, each with its base URL.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/well_known"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/": {
      "get": {
        "operationId": "capabilities",
        "tags": [
          "Discovery"
        ],
        "summary": "Describe the back-end and the endpoints it implements",
        "description": "Clients may request it with or without a trailing slash; both must answer.",
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The capabilities.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/capabilities"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/conformance": {
      "get": {
        "operationId": "conformance",
        "tags": [
          "Discovery"
        ],
        "summary": "List the conformance classes",
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The conformance classes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/conformance"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/credentials/basic": {
      "get": {
        "operationId": "authenticate-basic",
        "tags": [
          "Account"
        ],
        "summary": "Exchange HTTP Basic credentials for a bearer token",
        "description": "Later requests send `Authorization: Bearer basic//{access_token}`.",
        "security": [
          {
            "Basic": []
          }
        ],
        "responses": {
          "200": {
            "description": "The access token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/access_token"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/credentials/oidc": {
      "get": {
        "operationId": "authenticate-oidc",
        "tags": [
          "Account"
        ],
        "summary": "List the OpenID Connect providers",
        "description": "The first provider is the default. Later requests send the provider's access token as `Authorization: Bearer oidc/{provider id}/{access_token}` or, when the JWT conformance class is listed, as a plain JWT.",
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The OpenID Connect providers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/oidc_providers"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/me": {
      "get": {
        "operationId": "describe-account",
        "tags": [
          "Account"
        ],
        "summary": "Describe the authenticated user",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/user"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/file_formats": {
      "get": {
        "operationId": "list-file-types",
        "tags": [
          "Data and processes"
        ],
        "summary": "List the input and output file formats",
        "description": "Format names are matched case-insensitively wherever a request names one.",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The file formats by name.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/file_formats"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/processes": {
      "get": {
        "operationId": "list-processes",
        "tags": [
          "Data and processes"
        ],
        "summary": "List the predefined processes",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/pagination_limit"
          }
        ],
        "responses": {
          "200": {
            "description": "The processes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/process_list"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/collections": {
      "get": {
        "operationId": "list-collections",
        "tags": [
          "Data and processes"
        ],
        "summary": "List the collections",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/pagination_limit"
          }
        ],
        "responses": {
          "200": {
            "description": "The collections.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/collection_list"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/collections/{collection_id}": {
      "get": {
        "operationId": "describe-collection",
        "tags": [
          "Data and processes"
        ],
        "summary": "Describe one collection with its data cube dimensions",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/collection_id"
          }
        ],
        "responses": {
          "200": {
            "description": "The collection.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/collection_detail"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/jobs": {
      "get": {
        "operationId": "list-jobs",
        "tags": [
          "Batch jobs"
        ],
        "summary": "List the user's batch jobs, newest first",
        "description": "Without `limit` every job is listed. With `limit`, a page holds at most that many jobs and the `links` carry a `rel=next` link while more jobs follow. Listed jobs omit `process`.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/pagination_limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of jobs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/job_list"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "post": {
        "operationId": "create-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Create a batch job in status `created`",
        "description": "Creating a job never starts it. The answer has no body; the headers name the new job.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/job_create"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The job was created.",
            "headers": {
              "Location": {
                "$ref": "#/components/headers/Location"
              },
              "OpenEO-Identifier": {
                "$ref": "#/components/headers/OpenEO-Identifier"
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/jobs/{job_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/job_id"
        }
      ],
      "get": {
        "operationId": "describe-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Describe one batch job",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The job.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/batch_job"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "patch": {
        "operationId": "update-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Change a batch job's first-level properties",
        "description": "Refused with `JobLocked` while the job is `queued` or `running`.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/job_update"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The job was changed."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "delete": {
        "operationId": "delete-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Delete a batch job and its results, stopping it first if needed",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "204": {
            "description": "The job was deleted."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/jobs/{job_id}/results": {
      "parameters": [
        {
          "$ref": "#/components/parameters/job_id"
        }
      ],
      "post": {
        "operationId": "start-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Queue a batch job for processing",
        "description": "Sets the status to `queued`. While the job is `queued` or `running` this changes nothing and still answers 202. Whether a `finished`, `error` or `canceled` job may be started again is the back-end's choice. A user without sufficient budget gets `PaymentRequired`.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "202": {
            "description": "The job is queued (or already was)."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "get": {
        "operationId": "list-results",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Describe a job's results as STAC with downloadable assets",
        "description": "A finished job answers with a STAC 1.0.0 Item (as `application/geo+json` or `application/json`) or Collection (as `application/json`). Before it finished the answer is `JobNotFinished` unless `partial=true`, in which case the metadata carries `openeo:status`. A job in status `error` answers 424 with the error. Asset hrefs are absolute, signed and expire at `expires`; they work without authentication.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "name": "partial",
            "in": "query",
            "description": "Answer with the results available so far instead of `JobNotFinished`.",
            "allowEmptyValue": true,
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The results.",
            "headers": {
              "OpenEO-Costs": {
                "$ref": "#/components/headers/OpenEO-Costs"
              }
            },
            "content": {
              "application/geo+json": {
                "schema": {
                  "$ref": "#/components/schemas/results_item"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/results"
                }
              }
            }
          },
          "424": {
            "description": "The job failed; the body is the log entry of the error that ended it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/log_entry"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "delete": {
        "operationId": "stop-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Cancel a queued or running batch job",
        "description": "A running job becomes `canceled`; a queued job goes back to `created` (the back-end may choose `canceled`). Answers 204 whatever the status was.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "204": {
            "description": "Processing was canceled, or there was nothing to cancel."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/jobs/{job_id}/logs": {
      "parameters": [
        {
          "$ref": "#/components/parameters/job_id"
        }
      ],
      "get": {
        "operationId": "debug-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Read a job's log entries, oldest first",
        "security": [
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/log_offset"
          },
          {
            "$ref": "#/components/parameters/log_level"
          },
          {
            "$ref": "#/components/parameters/pagination_limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of log entries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/log_page"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/jobs/{job_id}/estimate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/job_id"
        }
      ],
      "get": {
        "operationId": "estimate-job",
        "tags": [
          "Batch jobs"
        ],
        "summary": "Estimate a job's costs, duration and result size",
        "description": "At least one of `costs`, `duration` or `size`; otherwise `EstimateComplexity`.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The estimate.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/estimate"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/result": {
      "post": {
        "operationId": "compute-result",
        "tags": [
          "Synchronous processing"
        ],
        "summary": "Process a graph synchronously and answer with the result's bytes",
        "security": [
          {
            "Bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/sync_request"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The first output's bytes, with the media type of its format.",
            "headers": {
              "Content-Type": {
                "description": "The media type of the output format.",
                "schema": {
                  "type": "string"
                }
              },
              "OpenEO-Costs": {
                "$ref": "#/components/headers/OpenEO-Costs"
              },
              "OpenEO-Identifier": {
                "description": "An id of this computation, as used in its log link (new in 1.3.0).",
                "schema": {
                  "type": "string"
                }
              },
              "Link": {
                "description": "A link with `rel=\"monitor\"` to the request's logs.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/validation": {
      "post": {
        "operationId": "validate-custom-process",
        "tags": [
          "Data and processes"
        ],
        "summary": "Check a process without running it",
        "description": "Answers 200 with every problem found in the process, each an error object (`code`, `message`); an empty list means the process is valid. A 4XX answer means the request itself was wrong, never the process.",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/process"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problems found; none when the process is valid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/validation_result"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/udf_runtimes": {
      "get": {
        "operationId": "list-udf-runtimes",
        "tags": [
          "Data and processes"
        ],
        "summary": "List the runtimes user-defined functions (UDFs) may name",
        "security": [
          {},
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The runtimes by name, the name being what `run_udf`'s `runtime` argument takes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/udf_runtimes"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/process_graphs": {
      "get": {
        "operationId": "list-custom-processes",
        "tags": [
          "Data and processes"
        ],
        "summary": "List the user's user-defined processes",
        "security": [
          {
            "Bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/pagination_limit"
          }
        ],
        "responses": {
          "200": {
            "description": "The user's user-defined processes, each without its process graph.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/user_defined_process_list"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    },
    "/process_graphs/{process_graph_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/process_graph_id"
        }
      ],
      "get": {
        "operationId": "describe-custom-process",
        "tags": [
          "Data and processes"
        ],
        "summary": "Describe one of the user's user-defined processes, with its process graph",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The user-defined process.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/user_defined_process"
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "put": {
        "operationId": "store-custom-process",
        "tags": [
          "Data and processes"
        ],
        "summary": "Store or replace a user-defined process under this id",
        "description": "The process is validated before it is stored; a refused one leaves the store unchanged.",
        "security": [
          {
            "Bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/process"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The process was stored."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      },
      "delete": {
        "operationId": "delete-custom-process",
        "tags": [
          "Data and processes"
        ],
        "summary": "Delete one of the user's user-defined processes",
        "security": [
          {
            "Bearer": []
          }
        ],
        "responses": {
          "204": {
            "description": "The process was deleted."
          },
          "4XX": {
            "$ref": "#/components/responses/client_error_auth"
          },
          "5XX": {
            "$ref": "#/components/responses/server_error"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "Bearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "a JWT (when the JWT conformance class is listed), or the legacy method/provider/token, e.g. basic//TOKEN"
      },
      "Basic": {
        "type": "http",
        "scheme": "basic"
      }
    },
    "headers": {
      "Location": {
        "description": "The absolute URL of the created job.",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uri"
        }
      },
      "OpenEO-Identifier": {
        "description": "The id of the created job.",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/job_id"
        }
      },
      "OpenEO-Costs": {
        "description": "The costs of the request, in the back-end's currency.",
        "schema": {
          "type": "number",
          "minimum": 0
        }
      }
    },
    "parameters": {
      "job_id": {
        "name": "job_id",
        "in": "path",
        "required": true,
        "description": "The job's id.",
        "schema": {
          "$ref": "#/components/schemas/job_id"
        }
      },
      "collection_id": {
        "name": "collection_id",
        "in": "path",
        "required": true,
        "description": "The collection's id.",
        "schema": {
          "$ref": "#/components/schemas/collection_id"
        }
      },
      "process_graph_id": {
        "name": "process_graph_id",
        "in": "path",
        "required": true,
        "description": "The id of a user-defined process.",
        "schema": {
          "type": "string",
          "pattern": "^\\w+$"
        }
      },
      "pagination_limit": {
        "name": "limit",
        "in": "query",
        "description": "The largest number of items on one page; without it (or empty), everything is listed.",
        "allowEmptyValue": true,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      "log_offset": {
        "name": "offset",
        "in": "query",
        "description": "The id of the last entry already seen; only later entries are listed. Empty means from the start.",
        "allowEmptyValue": true,
        "schema": {
          "type": "string"
        }
      },
      "log_level": {
        "name": "level",
        "in": "query",
        "description": "The lowest severity to list; without it (or empty), `debug` (every entry).",
        "allowEmptyValue": true,
        "schema": {
          "type": "string",
          "enum": [
            "error",
            "warning",
            "info",
            "debug"
          ],
          "default": "debug"
        }
      }
    },
    "responses": {
      "client_error": {
        "description": "The request was wrong; the body says what to change.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/error"
            }
          }
        }
      },
      "client_error_auth": {
        "description": "The request was wrong; the body says what to change. 401 `AuthenticationRequired` when no credentials were sent, 403 `TokenInvalid` or `CredentialsInvalid` when they were wrong.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/error"
            }
          }
        }
      },
      "server_error": {
        "description": "The back-end failed; the body says what happened.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/error"
            }
          }
        }
      }
    },
    "schemas": {
      "error": {
        "type": "object",
        "description": "Every error answer. `code` is one of the codes in the error catalogue.",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "A back-end identifier of this occurrence."
          },
          "code": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "link": {
        "type": "object",
        "required": [
          "href",
          "rel"
        ],
        "properties": {
          "href": {
            "type": "string",
            "format": "uri-reference"
          },
          "rel": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          }
        }
      },
      "links": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/link"
        }
      },
      "job_id": {
        "type": "string",
        "pattern": "^[\\w\\-\\.~]+$"
      },
      "collection_id": {
        "type": "string",
        "pattern": "^[\\w\\-\\.~\\/]+$"
      },
      "job_status": {
        "type": "string",
        "enum": [
          "created",
          "queued",
          "running",
          "canceled",
          "finished",
          "error"
        ],
        "description": "created → queued (started) → running → finished | error. Canceling a running job gives `canceled`; canceling a queued job gives `created`."
      },
      "result_status": {
        "type": "string",
        "enum": [
          "running",
          "canceled",
          "finished",
          "error"
        ]
      },
      "log_level": {
        "type": "string",
        "enum": [
          "error",
          "warning",
          "info",
          "debug"
        ],
        "description": "From lowest to highest severity - debug, info, warning, error."
      },
      "date_time": {
        "type": "string",
        "format": "date-time"
      },
      "money": {
        "type": "number",
        "minimum": 0,
        "nullable": true
      },
      "well_known": {
        "type": "object",
        "required": [
          "versions"
        ],
        "properties": {
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "url",
                "api_version"
              ],
              "properties": {
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "api_version": {
                  "type": "string"
                },
                "production": {
                  "type": "boolean",
                  "default": true
                }
              }
            }
          }
        }
      },
      "capabilities": {
        "type": "object",
        "required": [
          "api_version",
          "backend_version",
          "stac_version",
          "type",
          "id",
          "title",
          "description",
          "endpoints",
          "links",
          "conformsTo"
        ],
        "properties": {
          "api_version": {
            "type": "string",
            "enum": [
              "1.3.0"
            ]
          },
          "backend_version": {
            "type": "string"
          },
          "stac_version": {
            "$ref": "#/components/schemas/stac_version"
          },
          "type": {
            "type": "string",
            "enum": [
              "Catalog"
            ]
          },
          "conformsTo": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "production": {
            "type": "boolean"
          },
          "endpoints": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "path",
                "methods"
              ],
              "properties": {
                "path": {
                  "type": "string"
                },
                "methods": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "enum": [
                      "GET",
                      "POST",
                      "PATCH",
                      "PUT",
                      "DELETE",
                      "OPTIONS"
                    ]
                  }
                }
              }
            }
          },
          "billing": {
            "type": "object",
            "required": [
              "currency"
            ],
            "properties": {
              "currency": {
                "type": "string",
                "nullable": true
              },
              "default_plan": {
                "type": "string"
              },
              "plans": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "name",
                    "description",
                    "paid"
                  ],
                  "properties": {
                    "name": {
                      "type": "string"
                    },
                    "description": {
                      "type": "string"
                    },
                    "paid": {
                      "type": "boolean"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    }
                  }
                }
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "conformance": {
        "type": "object",
        "required": [
          "conformsTo"
        ],
        "properties": {
          "conformsTo": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      },
      "access_token": {
        "type": "object",
        "required": [
          "access_token"
        ],
        "properties": {
          "access_token": {
            "type": "string"
          }
        }
      },
      "oidc_providers": {
        "type": "object",
        "required": [
          "providers"
        ],
        "properties": {
          "providers": {
            "type": "array",
            "description": "The first provider is the one clients use when the user names none.",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/oidc_provider"
            }
          }
        }
      },
      "oidc_provider": {
        "type": "object",
        "required": [
          "id",
          "issuer",
          "title"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Unique on this back-end; the provider part of a legacy bearer token.",
            "pattern": "[\\d\\w]{1,20}"
          },
          "issuer": {
            "type": "string",
            "format": "uri",
            "description": "Serves OpenID Connect discovery at `{issuer}/.well-known/openid-configuration`; no trailing slash."
          },
          "scopes": {
            "type": "array",
            "description": "Scopes a client must at least ask for (with `openid` among them when listed).",
            "items": {
              "type": "string"
            }
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "default_clients": {
            "type": "array",
            "description": "Public clients (no secret) the back-end offers for PKCE-based grants.",
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/oidc_default_client"
            }
          },
          "authorization_parameters": {
            "type": "object",
            "description": "Extra query parameters for the provider's authorization request (new in 1.3.0)."
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "oidc_default_client": {
        "type": "object",
        "required": [
          "id",
          "grant_types"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "grant_types": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "implicit",
                "authorization_code",
                "authorization_code+pkce",
                "urn:ietf:params:oauth:grant-type:device_code",
                "urn:ietf:params:oauth:grant-type:device_code+pkce",
                "refresh_token"
              ]
            }
          },
          "redirect_urls": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      },
      "user": {
        "type": "object",
        "required": [
          "user_id"
        ],
        "properties": {
          "user_id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "default_plan": {
            "type": "string"
          },
          "budget": {
            "type": "number",
            "nullable": true
          },
          "storage": {
            "type": "object",
            "nullable": true,
            "required": [
              "free",
              "quota"
            ],
            "properties": {
              "free": {
                "type": "integer"
              },
              "quota": {
                "type": "integer"
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "file_format": {
        "type": "object",
        "required": [
          "gis_data_types",
          "parameters"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "gis_data_types": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "raster",
                "vector",
                "table",
                "pointcloud",
                "other"
              ]
            }
          },
          "parameters": {
            "type": "object",
            "additionalProperties": {
              "type": "object",
              "required": [
                "description"
              ],
              "properties": {
                "description": {
                  "type": "string"
                },
                "schema": {}
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "file_formats": {
        "type": "object",
        "required": [
          "input",
          "output"
        ],
        "properties": {
          "input": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/file_format"
            }
          },
          "output": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/file_format"
            }
          }
        }
      },
      "process_parameter": {
        "type": "object",
        "required": [
          "name",
          "description",
          "schema"
        ],
        "properties": {
          "name": {
            "type": "string",
            "pattern": "^\\w+$"
          },
          "description": {
            "type": "string"
          },
          "schema": {
            "$ref": "#/components/schemas/data_type_schema"
          },
          "optional": {
            "type": "boolean"
          },
          "default": {}
        }
      },
      "process_summary": {
        "type": "object",
        "required": [
          "id",
          "description",
          "parameters",
          "returns"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^\\w+$"
          },
          "version": {
            "type": "string",
            "description": "The process's version (new in 1.3.0)."
          },
          "summary": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "parameters": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/process_parameter"
            }
          },
          "returns": {
            "type": "object",
            "required": [
              "schema"
            ],
            "properties": {
              "description": {
                "type": "string"
              },
              "schema": {
                "$ref": "#/components/schemas/data_type_schema"
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "process_list": {
        "type": "object",
        "required": [
          "processes",
          "links"
        ],
        "properties": {
          "processes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/process_summary"
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "data_type_schema": {
        "description": "A JSON Schema of the data type, or a list of alternative JSON Schemas.",
        "anyOf": [
          {
            "type": "object"
          },
          {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        ]
      },
      "stac_version": {
        "type": "string",
        "description": "A STAC version; 0.9.x and any 1.x.x are allowed.",
        "pattern": "^(0\\.9.\\d+|1\\.\\d+.\\d+)"
      },
      "bbox": {
        "type": "array",
        "description": "west, south, east, north (and optionally the vertical axis as a 6-number box).",
        "oneOf": [
          {
            "minItems": 4,
            "maxItems": 4
          },
          {
            "minItems": 6,
            "maxItems": 6
          }
        ],
        "items": {
          "type": "number"
        }
      },
      "collection": {
        "type": "object",
        "required": [
          "stac_version",
          "id",
          "description",
          "license",
          "extent",
          "links"
        ],
        "properties": {
          "stac_version": {
            "$ref": "#/components/schemas/stac_version"
          },
          "stac_extensions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "Collection"
            ]
          },
          "id": {
            "$ref": "#/components/schemas/collection_id"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "keywords": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "license": {
            "type": "string"
          },
          "providers": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "roles": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                }
              }
            }
          },
          "extent": {
            "type": "object",
            "required": [
              "spatial",
              "temporal"
            ],
            "properties": {
              "spatial": {
                "type": "object",
                "properties": {
                  "bbox": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/bbox"
                    }
                  }
                }
              },
              "temporal": {
                "type": "object",
                "properties": {
                  "interval": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "array",
                      "minItems": 2,
                      "maxItems": 2,
                      "items": {
                        "type": "string",
                        "format": "date-time",
                        "nullable": true
                      }
                    }
                  }
                }
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          },
          "cube:dimensions": {
            "type": "object",
            "additionalProperties": {
              "type": "object",
              "required": [
                "type"
              ],
              "properties": {
                "type": {
                  "type": "string",
                  "enum": [
                    "spatial",
                    "temporal",
                    "bands",
                    "geometry",
                    "other"
                  ]
                },
                "axis": {},
                "extent": {},
                "values": {},
                "step": {},
                "reference_system": {}
              }
            }
          },
          "summaries": {
            "type": "object"
          }
        }
      },
      "collection_detail": {
        "allOf": [
          {
            "$ref": "#/components/schemas/collection"
          },
          {
            "type": "object",
            "required": [
              "cube:dimensions",
              "summaries"
            ]
          }
        ]
      },
      "collection_list": {
        "type": "object",
        "required": [
          "collections",
          "links"
        ],
        "properties": {
          "collections": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/collection"
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "process_node": {
        "type": "object",
        "required": [
          "process_id",
          "arguments"
        ],
        "properties": {
          "process_id": {
            "type": "string",
            "pattern": "^\\w+$"
          },
          "namespace": {
            "type": "string",
            "nullable": true
          },
          "arguments": {
            "type": "object"
          },
          "result": {
            "type": "boolean",
            "default": false
          },
          "description": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "process_graph": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/process_node"
        }
      },
      "process": {
        "type": "object",
        "description": "A user-defined process; only `process_graph` is needed to run it.",
        "required": [
          "process_graph"
        ],
        "properties": {
          "id": {
            "type": "string",
            "nullable": true,
            "pattern": "^\\w+$"
          },
          "summary": {
            "type": "string",
            "nullable": true
          },
          "description": {
            "type": "string",
            "nullable": true
          },
          "parameters": {
            "type": "array",
            "nullable": true,
            "items": {
              "$ref": "#/components/schemas/process_parameter"
            }
          },
          "returns": {
            "type": "object",
            "nullable": true,
            "required": [
              "schema"
            ],
            "properties": {
              "description": {
                "type": "string"
              },
              "schema": {
                "$ref": "#/components/schemas/data_type_schema"
              }
            }
          },
          "process_graph": {
            "$ref": "#/components/schemas/process_graph"
          }
        }
      },
      "user_defined_process": {
        "description": "A stored user-defined process, with its id.",
        "allOf": [
          {
            "$ref": "#/components/schemas/process"
          },
          {
            "type": "object",
            "required": [
              "id"
            ]
          }
        ]
      },
      "user_defined_process_list": {
        "type": "object",
        "required": [
          "processes",
          "links"
        ],
        "properties": {
          "processes": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "pattern": "^\\w+$"
                },
                "summary": {
                  "type": "string",
                  "nullable": true
                },
                "description": {
                  "type": "string",
                  "nullable": true
                },
                "categories": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "parameters": {
                  "type": "array",
                  "nullable": true,
                  "items": {
                    "$ref": "#/components/schemas/process_parameter"
                  }
                }
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "job_create": {
        "type": "object",
        "required": [
          "process"
        ],
        "description": "Back-end specific properties may be added beside these. A `budget` of 0 is valid JSON here (as in openEO's schema) and refused by the back-end with `BudgetInvalid`, as openEO's error list says.",
        "properties": {
          "title": {
            "type": "string",
            "nullable": true
          },
          "description": {
            "type": "string",
            "nullable": true
          },
          "process": {
            "$ref": "#/components/schemas/process"
          },
          "plan": {
            "type": "string",
            "nullable": true
          },
          "budget": {
            "$ref": "#/components/schemas/money"
          },
          "log_level": {
            "$ref": "#/components/schemas/log_level"
          }
        }
      },
      "job_update": {
        "type": "object",
        "description": "Back-end specific properties may be added beside these. `{}` changes nothing.",
        "properties": {
          "title": {
            "type": "string",
            "nullable": true
          },
          "description": {
            "type": "string",
            "nullable": true
          },
          "process": {
            "$ref": "#/components/schemas/process"
          },
          "plan": {
            "type": "string",
            "nullable": true
          },
          "budget": {
            "$ref": "#/components/schemas/money"
          },
          "log_level": {
            "$ref": "#/components/schemas/log_level"
          }
        }
      },
      "usage_metric": {
        "type": "object",
        "required": [
          "value",
          "unit"
        ],
        "properties": {
          "value": {
            "type": "number",
            "minimum": 0
          },
          "unit": {
            "type": "string"
          }
        }
      },
      "job_summary": {
        "type": "object",
        "description": "A job as listed in `GET /jobs`, without its process.",
        "required": [
          "id",
          "status",
          "created"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/job_id"
          },
          "title": {
            "type": "string",
            "nullable": true
          },
          "description": {
            "type": "string",
            "nullable": true
          },
          "status": {
            "$ref": "#/components/schemas/job_status"
          },
          "progress": {
            "type": "number",
            "minimum": 0,
            "maximum": 100
          },
          "created": {
            "$ref": "#/components/schemas/date_time"
          },
          "updated": {
            "$ref": "#/components/schemas/date_time"
          },
          "queued": {
            "$ref": "#/components/schemas/date_time"
          },
          "started": {
            "$ref": "#/components/schemas/date_time"
          },
          "unpublished": {
            "$ref": "#/components/schemas/date_time"
          },
          "plan": {
            "type": "string",
            "nullable": true
          },
          "costs": {
            "$ref": "#/components/schemas/money"
          },
          "budget": {
            "$ref": "#/components/schemas/money"
          },
          "usage": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/usage_metric"
            }
          },
          "log_level": {
            "$ref": "#/components/schemas/log_level"
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "batch_job": {
        "allOf": [
          {
            "$ref": "#/components/schemas/job_summary"
          },
          {
            "type": "object",
            "required": [
              "process"
            ],
            "properties": {
              "process": {
                "$ref": "#/components/schemas/process"
              }
            }
          }
        ]
      },
      "job_list": {
        "type": "object",
        "required": [
          "jobs",
          "links"
        ],
        "properties": {
          "jobs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/job_summary"
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "log_entry": {
        "type": "object",
        "required": [
          "id",
          "level",
          "message"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "code": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/log_level"
          },
          "message": {
            "type": "string"
          },
          "time": {
            "$ref": "#/components/schemas/date_time"
          },
          "data": {},
          "stacktrace": {
            "description": "Where the error happened (new in 1.3.0). The shape is the back-end's; jobkit's mock sends a list of frames."
          },
          "path": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "node_id"
              ],
              "properties": {
                "node_id": {
                  "type": "string"
                },
                "process_id": {
                  "type": "string"
                },
                "namespace": {
                  "type": "string",
                  "nullable": true
                },
                "parameter": {
                  "type": "string",
                  "nullable": true
                }
              }
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "log_page": {
        "type": "object",
        "required": [
          "logs",
          "links"
        ],
        "properties": {
          "level": {
            "$ref": "#/components/schemas/log_level"
          },
          "logs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/log_entry"
            }
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "estimate": {
        "type": "object",
        "description": "At least one of costs, duration and size.",
        "allOf": [
          {
            "anyOf": [
              {
                "required": [
                  "costs"
                ]
              },
              {
                "required": [
                  "duration"
                ]
              },
              {
                "required": [
                  "size"
                ]
              }
            ]
          }
        ],
        "properties": {
          "costs": {
            "$ref": "#/components/schemas/money"
          },
          "duration": {
            "type": "string",
            "description": "An ISO 8601 duration."
          },
          "size": {
            "type": "integer",
            "description": "Bytes."
          },
          "downloads_included": {
            "type": "integer",
            "nullable": true
          },
          "expires": {
            "$ref": "#/components/schemas/date_time"
          }
        }
      },
      "asset": {
        "type": "object",
        "required": [
          "href"
        ],
        "description": "One result file. `href` is absolute and signed; `type` is the media type the download answers with. `file:size` and `file:checksum` (a multihash in hex, e.g. `1220` followed by the SHA-256 digest) come from the STAC file extension.",
        "properties": {
          "href": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "file:size": {
            "description": "The file's size in bytes (STAC file extension)."
          },
          "file:checksum": {
            "description": "The file's multihash in hex (STAC file extension)."
          }
        }
      },
      "assets": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/asset"
        }
      },
      "geometry": {
        "type": "object",
        "nullable": true,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "Point",
              "MultiPoint",
              "LineString",
              "MultiLineString",
              "Polygon",
              "MultiPolygon",
              "GeometryCollection"
            ]
          },
          "coordinates": {},
          "geometries": {}
        }
      },
      "results_item": {
        "type": "object",
        "description": "The results of a batch job as a STAC 1.0.0 Item.",
        "required": [
          "stac_version",
          "id",
          "type",
          "geometry",
          "properties",
          "assets",
          "links"
        ],
        "properties": {
          "stac_version": {
            "$ref": "#/components/schemas/stac_version"
          },
          "stac_extensions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "id": {
            "$ref": "#/components/schemas/job_id"
          },
          "type": {
            "type": "string",
            "enum": [
              "Feature"
            ]
          },
          "bbox": {
            "$ref": "#/components/schemas/bbox"
          },
          "geometry": {
            "$ref": "#/components/schemas/geometry"
          },
          "properties": {
            "type": "object",
            "required": [
              "datetime"
            ],
            "properties": {
              "datetime": {
                "type": "string",
                "format": "date-time",
                "nullable": true
              },
              "start_datetime": {
                "$ref": "#/components/schemas/date_time"
              },
              "end_datetime": {
                "$ref": "#/components/schemas/date_time"
              },
              "title": {
                "type": "string",
                "nullable": true
              },
              "description": {
                "type": "string",
                "nullable": true
              },
              "created": {
                "$ref": "#/components/schemas/date_time"
              },
              "updated": {
                "$ref": "#/components/schemas/date_time"
              },
              "expires": {
                "$ref": "#/components/schemas/date_time"
              },
              "openeo:status": {
                "$ref": "#/components/schemas/result_status"
              }
            }
          },
          "assets": {
            "$ref": "#/components/schemas/assets"
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "results_collection": {
        "type": "object",
        "description": "The results of a batch job as a STAC 1.0.0 Collection.",
        "required": [
          "stac_version",
          "id",
          "description",
          "license",
          "extent",
          "assets",
          "links"
        ],
        "properties": {
          "stac_version": {
            "$ref": "#/components/schemas/stac_version"
          },
          "stac_extensions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "id": {
            "$ref": "#/components/schemas/collection_id"
          },
          "type": {
            "type": "string",
            "enum": [
              "Collection"
            ]
          },
          "title": {
            "type": "string",
            "nullable": true
          },
          "description": {
            "type": "string"
          },
          "license": {
            "type": "string"
          },
          "extent": {
            "type": "object",
            "required": [
              "spatial",
              "temporal"
            ],
            "properties": {
              "spatial": {
                "type": "object",
                "properties": {
                  "bbox": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "$ref": "#/components/schemas/bbox"
                    }
                  }
                }
              },
              "temporal": {
                "type": "object",
                "properties": {
                  "interval": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "array",
                      "minItems": 2,
                      "maxItems": 2,
                      "items": {
                        "type": "string",
                        "format": "date-time",
                        "nullable": true
                      }
                    }
                  }
                }
              }
            }
          },
          "expires": {
            "description": "When the signed links expire (an RFC 3339 date-time)."
          },
          "queued": {
            "$ref": "#/components/schemas/date_time"
          },
          "started": {
            "$ref": "#/components/schemas/date_time"
          },
          "unpublished": {
            "$ref": "#/components/schemas/date_time"
          },
          "openeo:status": {
            "$ref": "#/components/schemas/result_status"
          },
          "assets": {
            "$ref": "#/components/schemas/assets"
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      },
      "results": {
        "description": "The results of a batch job as a STAC Item or Collection, told apart by `type`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/results_item"
          },
          {
            "$ref": "#/components/schemas/results_collection"
          }
        ]
      },
      "sync_request": {
        "type": "object",
        "required": [
          "process"
        ],
        "description": "Back-end specific properties may be added beside these.",
        "properties": {
          "process": {
            "$ref": "#/components/schemas/process"
          },
          "plan": {
            "type": "string",
            "nullable": true
          },
          "budget": {
            "$ref": "#/components/schemas/money"
          },
          "log_level": {
            "$ref": "#/components/schemas/log_level"
          }
        }
      },
      "validation_result": {
        "type": "object",
        "required": [
          "errors"
        ],
        "properties": {
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/error"
            }
          }
        }
      },
      "udf_runtimes": {
        "type": "object",
        "description": "The runtimes by name. A `language` runtime lists its `versions` (each with its `libraries`), a `docker` runtime its image (`docker`) and `tags`; other types may be added by a back-end.",
        "additionalProperties": {
          "$ref": "#/components/schemas/udf_runtime"
        }
      },
      "udf_runtime": {
        "type": "object",
        "description": "One runtime. openEO picks the further fields by `type`: a `language` runtime has `versions`, each version its `libraries` (name → `{version}`); a `docker` runtime has its image (`docker`) and `tags`.",
        "required": [
          "type",
          "default"
        ],
        "additionalProperties": true,
        "properties": {
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "default": {
            "type": "string",
            "description": "The default version (language) or tag (docker)."
          },
          "deprecated": {
            "type": "boolean"
          },
          "experimental": {
            "type": "boolean"
          },
          "links": {
            "$ref": "#/components/schemas/links"
          }
        }
      }
    }
  }
};
