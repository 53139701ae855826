/** The text of `jobkit --help`. */
export const USAGE = `Usage: jobkit --url URL [--user NAME --password PASS | --token TOKEN | --oidc-client-id ID --oidc-client-secret S] <command>

Jobs:
  jobs list [--limit N]                     list your jobs (at most N), page by page
  jobs describe <id>                        status, progress, timestamps, plan, costs and budget of a job
  jobs create <process.json> [--title T] [--description D] [--plan P] [--budget N] [--log-level L]
                                            create a job from a process (graph) file; prints its id
  jobs start <id> [--wait]                  queue a job (and wait for it)
  jobs wait <id>                            wait with a progress bar until the job ends
  jobs run <process.json> [dir]             create, start, wait for and download a job in one go
  jobs estimate <id>                        the back-end's estimate of costs, duration and size
  jobs cancel <id>                          stop a queued or running job
  jobs logs <id> [--level L]                print the job's log entries
  jobs results <id>                         describe the job's result files
  jobs download <id> [dir] [--concurrency N]   download every result file into dir (default .)
  jobs delete <id>                          delete a job and its results

Sign in:
  login --oidc-device                       sign in with the OpenID Connect device flow (URL and code on
                                            stderr); the refresh token is kept for later commands
  login --status                            show the token file and whether it holds a login for --url
  logout                                    forget the stored login for --url

The back-end:
  collections [--limit N]                   its collections (at most N)
  processes [--limit N]                     its predefined processes (at most N)
  formats                                   its input and output file formats

Options:
  --url URL            the back-end (or env JOBKIT_URL)
  --user, --password   openEO Basic credentials (or env JOBKIT_USER, JOBKIT_PASSWORD)
  --token TOKEN        a bearer token such as basic//TOKEN (or env JOBKIT_TOKEN)
  --oidc-client-id ID, --oidc-client-secret S
                       OpenID Connect client credentials (or env OPENEO_AUTH_CLIENT_ID, OPENEO_AUTH_CLIENT_SECRET)
  --oidc-provider ID   the provider of GET /credentials/oidc (or env OPENEO_AUTH_PROVIDER_ID; default the first)
Durations take a unit: 500ms, 30s, 2m, 1h; a bare number is milliseconds.
  --poll-interval D    first delay between status polls (default 2s)
  --timeout D          give up waiting after D
  --heartbeat D        without a terminal, repeat the progress line after D of no change (default 10s)
  --cancel-on-interrupt   cancel the job waited for on Ctrl-C (otherwise it keeps running)
  --json               print JSON on stdout instead of tables or a bare id
  -q, --quiet          print only the essential value (ids, file paths); no progress on stderr
  -h, --help           show this help
  --version            print jobkit's version

A flag wins over its environment variable. Options a command does not take are refused.
NO_COLOR=1 turns colour off, FORCE_COLOR=1 turns it on without a terminal.

Exit codes: 0 ok, 1 failure, 2 usage error, 3 job ended in error or was canceled, 130 interrupted.`;
