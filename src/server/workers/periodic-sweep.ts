/**
 * Runs `round` now and then every `intervalMs` after the previous round ended (never two at once), until the
 * returned stop is called, which waits for a round in progress. A failed round is reported to `onError` and
 * the next one tries again; the timer does not keep the process alive.
 */
export function startPeriodicSweep(round: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = round()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
