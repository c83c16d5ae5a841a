import { Inline, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { PreviewIssueType } from '../../../src/contract';

/**
 * An issue type as Jira's issue lists show it: its icon, then its name as text (the icon is
 * decoration, `alt=""`, so a screen reader hears the name once). An icon that fails to load is
 * left out rather than shown broken.
 */
export function IssueTypeName({
  type,
  fallback,
  dimmed = false,
}: {
  type: PreviewIssueType | undefined;
  fallback: string;
  /** For an item a run leaves out. */
  dimmed?: boolean;
}) {
  const [broken, setBroken] = useState(false);
  return (
    <Inline space="space.050" alignBlock="center">
      {type?.iconUrl !== undefined && !broken ? (
        <img
          src={type.iconUrl}
          alt=""
          width={16}
          height={16}
          style={{ flexShrink: 0, opacity: dimmed ? 0.5 : 1 }}
          onError={() => {
            setBroken(true);
          }}
        />
      ) : null}
      <Text size="small" color="color.text.subtle">
        {type?.name ?? fallback}
      </Text>
    </Inline>
  );
}
