/**
 * Ends the process quietly (exit 0) when the reader of `stream` goes away (`jobkit-conformance --list | head`), instead of
 * a stack trace; any other stream error is rethrown.
 */
export function exitOnEpipe(stream: NodeJS.WriteStream, exit: (code: number) => void = process.exit): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    exit(0);
  });
}
