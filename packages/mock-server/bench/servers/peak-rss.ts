/** Samples the resident set size every 10 ms; the reader gives the peak and current RSS (MiB) and the CPU time used (µs). */
export function trackPeakRss(): () => { peakRssMiB: number; rssMiB: number; cpuMicros: number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  timer.unref();
  return () => {
    const cpu = process.cpuUsage();
    return {
      peakRssMiB: Math.round(peak / 2 ** 20),
      rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20),
      cpuMicros: cpu.user + cpu.system,
    };
  };
}
