import type { AdfLike, IssueFields } from './types';

/** Builds an element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

export function adfText(node: AdfLike | null | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  const inner = (node.content ?? []).map(adfText).join('');
  const blocks = ['paragraph', 'heading', 'listItem', 'codeBlock', 'tableRow', 'taskItem'];
  return blocks.includes(node.type) ? `${inner}\n` : inner;
}

export function typeLozenge(type: IssueFields['issuetype']): HTMLElement {
  const kind = type.hierarchyLevel === 1 ? 'epic' : type.subtask ? 'sub' : '';
  return el('span', { class: `lozenge ${kind}` }, type.name);
}

/** A bridge payload field as text; anything that is not a string counts as absent. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
