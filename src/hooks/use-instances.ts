import { useEffect, useSyncExternalStore } from 'react';
import { instances, type InstancePicker } from '../lib/instances';

/**
 * The tab's instance picker as React state: the list (re-read every few seconds while a page
 * shows it), the instance in use, and the moves so far. A page that gets no list talks to its
 * own server, as before.
 */
export function useInstances(picker: InstancePicker = instances, everyMs = 3000) {
  useSyncExternalStore(picker.subscribe, picker.version);
  useEffect(() => {
    void picker.refresh();
    const timer = setInterval(() => void picker.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [picker, everyMs]);
  return {
    picker,
    view: picker.view(),
    current: picker.current(),
    moves: picker.moves(),
  };
}
