/** Samples the resident set size every 10 ms and returns a reader of the peak (MiB). */
export function trackPeakRss(): () => { peakRssMiB: number; rssMiB: number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  timer.unref();
  return () => ({
    peakRssMiB: Math.round(peak / 2 ** 20),
    rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20),
  });
}
