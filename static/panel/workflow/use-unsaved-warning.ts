import { useEffect } from 'react';

/**
 * Leaving with unsaved edits: a frame cannot stop Jira navigating, so what can be done is done.
 * A pending save is sent at once when focus leaves the frame (a click on Jira's page around it,
 * which may take the person to another issue and remove the frame before it could save), and as
 * the page is hidden or left; while edits are unsaved (a save waiting, under way or failed) the
 * browser asks before the page unloads.
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
    window.addEventListener('blur', save);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', save);
      window.removeEventListener('blur', save);
    };
  }, [unsaved, flush]);
}
