import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

/**
 * The Jira site's address from the frame's context (Forge's `siteUrl`), for real links to issues;
 * null until the host has answered, or if it never does.
 */
export function useSiteUrl(): string | null {
  const [siteUrl, setSiteUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => {
        if (live && typeof context.siteUrl === 'string')
          setSiteUrl(context.siteUrl.replace(/\/$/, ''));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return siteUrl;
}
