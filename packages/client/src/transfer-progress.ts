/** Bytes received so far and the expected total, when the server said it. */
export interface TransferProgress {
  received: number;
  total: number | undefined;
}
