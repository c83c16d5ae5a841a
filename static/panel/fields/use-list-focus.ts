import { useCallback, useEffect, useRef } from 'react';

/** The controls a person can reach with Tab, in document order. */
const FOCUSABLE =
  'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

type Pending = { kind: 'add'; length: number } | { kind: 'remove'; index: number; length: number };

/** Focuses the first control inside `element`; whether there was one. */
export function focusFirstControl(element: Element | null | undefined): boolean {
  const control = element?.querySelector<HTMLElement>(FOCUSABLE);
  if (!control) return false;
  control.focus();
  return true;
}

/**
 * Where focus goes after a list changes under a person's hands: to the new row's first control
 * after "Add …"; after "Remove …" to the row that took the removed one's place, else the one
 * before it, else `fallback` (the Add button), so focus never falls back to the page.
 */
export function useListFocus(
  length: number,
  rowAt: (index: number) => Element | null,
  fallback: () => HTMLElement | null,
  /** Where in a new row to look for its first control, when not the whole row. */
  addedPart: (row: Element | null) => Element | null = (row) => row,
): { added: () => void; removed: (index: number) => void } {
  const pending = useRef<Pending | null>(null);
  // Read when asked, not captured: a memoised row may hold an older `removed`.
  const current = useRef(length);
  current.current = length;
  useEffect(() => {
    const want = pending.current;
    if (want === null) return;
    pending.current = null;
    // Only the change the person asked for moves focus, never one made elsewhere meanwhile.
    if (want.length !== length) return;
    if (want.kind === 'add') {
      focusFirstControl(addedPart(rowAt(length - 1)));
      return;
    }
    if (focusFirstControl(rowAt(want.index))) return;
    if (focusFirstControl(rowAt(want.index - 1))) return;
    fallback()?.focus();
  }, [length, rowAt, fallback, addedPart]);
  const added = useCallback(() => {
    pending.current = { kind: 'add', length: current.current + 1 };
  }, []);
  const removed = useCallback((index: number) => {
    pending.current = { kind: 'remove', index, length: current.current - 1 };
  }, []);
  return { added, removed };
}
