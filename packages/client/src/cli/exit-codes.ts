/** The CLI's exit codes. */
export const EXIT = {
  ok: 0,
  /** A request, download or check failed. */
  failure: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The job ended in `error` or was canceled. */
  jobFailed: 3,
  /** Interrupted (SIGINT/SIGTERM). */
  interrupted: 130,
} as const;
