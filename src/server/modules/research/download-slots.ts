import { TooManyRequests } from '../../errors';

// Downloads run at once: at most `perAddress` for one address and `total` for the server, so that a few clients
// cannot take every turn of the event loop (20 at once once made /api/health wait 11 s). A slot is taken before
// the download starts and given back when its response ends, however it ends.

/** Downloads at once: per address, and in all (also the size of the downloads' own PostgreSQL pool, ADR 061). */
export const DOWNLOADS_AT_ONCE = { perAddress: 2, total: 32 } as const;

export interface DownloadSlots {
  /** Takes a slot for `address` or throws TooManyRequests; call the returned function to give it back (once). */
  take(address: string): () => void;
  readonly inUse: number;
}

export function downloadSlots(limits: { perAddress: number; total: number }): DownloadSlots {
  const byAddress = new Map<string, number>();
  let inUse = 0;
  return {
    take(address) {
      const mine = byAddress.get(address) ?? 0;
      if (mine >= limits.perAddress) throw new TooManyRequests(`at most ${limits.perAddress} downloads at once from one address: wait for one to finish`, { key: 'downloads-per-address', params: { limit: limits.perAddress } });
      if (inUse >= limits.total) throw new TooManyRequests('the server is busy with other downloads: try again in a minute', { key: 'downloads-busy' });
      byAddress.set(address, mine + 1);
      inUse++;
      let given = false;
      return () => {
        if (given) return;
        given = true;
        inUse--;
        const left = (byAddress.get(address) ?? 1) - 1;
        if (left === 0) byAddress.delete(address);
        else byAddress.set(address, left);
      };
    },
    get inUse() {
      return inUse;
    },
  };
}
