/**
 * Samples the resident set size every 10 ms from the first read on (so a server that is only load-tested
 * pays nothing for it); the reader gives the peak and current RSS (MiB).
 */
export function trackPeakRss(): () => { peakRssMiB: number; rssMiB: number } {
  let peak = 0;
  let sampling = false;
  return () => {
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    if (!sampling) {
      sampling = true;
      setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
      }, 10).unref();
    }
    return { peakRssMiB: Math.round(peak / 2 ** 20), rssMiB: Math.round(rss / 2 ** 20) };
  };
}
