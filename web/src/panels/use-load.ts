/** Loads one read for the panels, with its error in the server's words. */
import { useEffect, useState } from 'react';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    setData(null);
    setError(null);
    load().then((d) => !stale && setData(d), (err: Error) => !stale && setError(err.message));
    return () => {
      stale = true;
    };
  }, deps);
  return { data, error };
}
