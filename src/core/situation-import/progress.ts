// Progress reporting for parsers: calls the callback about every 1% of the rows and always at the end.

export interface ProgressTicker {
  tick(done: number): void;
  finish(): void;
}

export function progressTicker(total: number, onProgress?: (done: number, total: number) => void): ProgressTicker {
  if (onProgress === undefined) return { tick: () => {}, finish: () => {} };
  const step = Math.max(1, Math.floor(total / 100));
  let next = step;
  return {
    tick(done) {
      if (done >= next && done < total) {
        onProgress(done, total);
        next = done + step;
      }
    },
    finish() {
      onProgress(total, total);
    },
  };
}
