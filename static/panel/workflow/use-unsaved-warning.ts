import { useEffect } from 'react';

/**
 * Leaving with unsaved edits: a frame cannot stop Jira navigating, so what can be done is done.
 * As the page is hidden or left, a pending save is sent at once; while edits are unsaved (a save
 * waiting, under way or failed) the browser asks before the page unloads.
 */
export function useUnsavedWarning(unsaved: boolean, flush: () => Promise<void>): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [unsaved]);

  useEffect(() => {
    if (!unsaved) return;
    const save = () => {
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', save);
    };
  }, [unsaved, flush]);
}
