/** The clock waits run on: real time, or the embedded mock's virtual time. */
export interface RunClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
