import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import type { AdfNode } from '../../../../src/domain';

/** Where the code font token is not set, the platform's monospace. */
export const CODE_FONTS = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

type Mark = NonNullable<AdfNode['marks']>[number];

const codeStyle = {
  fontFamily: token('font.family.code', CODE_FONTS),
  fontSize: '0.875em',
  backgroundColor: token('color.background.neutral'),
  color: token('color.text'),
  borderRadius: token('radius.small'),
  padding: '0 2px',
} as const;

/** Only web links: a description is the team's text, and a `javascript:` href would run. */
function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:'
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** Wraps text in one ADF mark as Jira renders it; a mark it does not know leaves the text plain. */
function applyMark(mark: Mark, children: ReactNode): ReactNode {
  switch (mark.type) {
    case 'strong':
      return <strong>{children}</strong>;
    case 'em':
      return <em>{children}</em>;
    case 'strike':
      return <s>{children}</s>;
    case 'underline':
      return <u>{children}</u>;
    case 'code':
      return <code style={codeStyle}>{children}</code>;
    case 'subsup':
      return mark.attrs?.type === 'sup' ? <sup>{children}</sup> : <sub>{children}</sub>;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      return href ? (
        <a href={href} target="_blank" rel="noreferrer" style={{ color: token('color.link') }}>
          {children}
        </a>
      ) : (
        children
      );
    }
    default:
      return children;
  }
}

/** A text node with its marks, the first mark outermost. */
export function MarkedText({ node }: { node: AdfNode }) {
  const marks = node.marks ?? [];
  return <>{marks.reduceRight<ReactNode>((inner, mark) => applyMark(mark, inner), node.text)}</>;
}
