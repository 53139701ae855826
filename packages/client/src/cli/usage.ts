/** The text of `jobkit --help`. */
export const USAGE = `Usage: jobkit --url URL [--user NAME --password PASS | --token TOKEN] jobs <command>

Commands:
  jobs list [--limit N]                     list your jobs
  jobs create <process.json> [--title T] [--description D] [--plan P] [--budget N] [--log-level L]
                                            create a job from a process (graph) file; prints its id
  jobs start <id> [--wait]                  queue a job (and wait for it)
  jobs wait <id>                            wait with a progress bar until the job ends
  jobs logs <id> [--level L]                print the job's log entries
  jobs results <id>                         describe the job's result files
  jobs download <id> [dir] [--concurrency N]   download every result file into dir (default .)
  jobs delete <id>                          delete a job and its results

Options:
  --url URL            the back-end (or env JOBKIT_URL)
  --user, --password   openEO Basic credentials (or env JOBKIT_USER, JOBKIT_PASSWORD)
  --token TOKEN        a bearer token such as basic//TOKEN (or env JOBKIT_TOKEN)
  --poll-interval MS   first delay between status polls (default 2000)
  --timeout MS         give up waiting after MS
  --json               print JSON instead of tables
  -h, --help           show this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 job ended in error or was canceled, 130 interrupted.`;
