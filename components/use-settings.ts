import { useCallback, useEffect, useState } from 'react';
import { loadSettings, saveSettings, watchSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';

/** Live settings for a React page: changes from any context show up here at once. */
export function useSettings(): [Settings | undefined, (update: (current: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    void loadSettings().then((value) => alive && setSettings(value));
    const unwatch = watchSettings((value) => setSettings(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    setSettings(await saveSettings(change));
  }, []);
  return [settings, update];
}
