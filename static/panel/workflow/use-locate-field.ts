import { useCallback, useEffect, useState } from 'react';
import { fieldId } from '../fields/field-id';

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a`: the nearest enclosing part that has a control. */
const parentPath = (path: string): string => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');

function focusNearest(path: string): boolean {
  for (let at = path; at !== '';) {
    const element = document.getElementById(fieldId(at));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return true;
    }
    const parent = parentPath(at);
    if (parent === at) break;
    at = parent;
  }
  return false;
}

/**
 * Focuses the control for a draft path once it is on screen (after the step changed or a
 * service expanded). Returns the function that asks for it.
 */
export function useLocateField(): (path: string) => void {
  const [target, setTarget] = useState<{ path: string } | null>(null);
  useEffect(() => {
    if (target && focusNearest(target.path)) setTarget(null);
  });
  return useCallback((path) => {
    setTarget({ path });
  }, []);
}
