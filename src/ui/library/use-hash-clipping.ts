import { useCallback, useEffect, useState } from 'preact/hooks';

const PREFIX = '#clipping=';

/** The clipping id in `#clipping=<id>`, or null. */
export function clippingIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/**
 * The open clipping lives in the URL hash: the background opens `library.html#clipping=<id>`
 * after a save, the reader is bookmarkable, and Back closes it.
 */
export function useHashClipping(): [string | null, (id: string | null) => void] {
  const [id, setId] = useState(() => clippingIdFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setId(clippingIdFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const open = useCallback((next: string | null) => {
    if (next === null) {
      // Drop the hash without leaving a bare `#` in the address bar.
      history.pushState(null, '', location.pathname + location.search);
      setId(null);
    } else {
      location.hash = `clipping=${encodeURIComponent(next)}`;
      setId(next);
    }
  }, []);
  return [id, open];
}
