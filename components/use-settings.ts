import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, saveSettings, watchSettings } from '@/core/settings/items';
import { parseSettings, type Settings } from '@/core/settings/schema';

/**
 * Live settings for a React page: changes from any context show up here at once.
 * A change made here is shown before it is written, so a controlled checkbox or
 * select never snaps back; while writes are in flight, their own echoes (which
 * may predate a later click) are ignored and the last write's result wins.
 */
export function useSettings(): [Settings | undefined, (update: (current: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  const writing = useRef(0);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((value) => alive && setSettings(value));
    const unwatch = watchSettings((value) => writing.current === 0 && setSettings(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    setSettings((current) => (current ? parseSettings(change(current)) : current));
    writing.current++;
    try {
      const saved = await saveSettings(change);
      if (writing.current === 1) setSettings(saved);
    } finally {
      writing.current--;
    }
  }, []);
  return [settings, update];
}
