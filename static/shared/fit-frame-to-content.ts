/**
 * Makes an entry's document measure as tall as what it shows, so Jira sizes the frame to it.
 *
 * Jira sizes a Custom UI frame from inside it (the bridge's iframe-resizer measures the body
 * and reports it to the page). Two things defeat that measurement, and this module undoes both:
 * - Jira's CSS reset gives `html` and `body` `height: 100%`: the body is then as tall as the
 *   frame, so the frame can grow but never shrinks (or stays at the iframe's 150 px).
 * - Popups (Jira's select menus, tooltips, dropdowns, inline dialogs) are absolutely or fixed
 *   positioned, often in a portal at the end of the body: they take no room in it, so a menu
 *   opened near the bottom would be cut off by the frame's edge. While one reaches below the
 *   content, the body's `min-height` reaches down to it, and goes back when it closes.
 */
export function fitFrameToContent(doc: Document = document): () => void {
  const { documentElement: html, body } = doc;
  html.style.height = 'auto';
  body.style.height = 'auto';

  let scheduled = 0;
  const view = doc.defaultView ?? window;
  const measure = () => {
    scheduled = 0;
    // Measured against the app's root, never the body, whose min-height this sets.
    const root = body.querySelector('#root');
    const content = root ? root.getBoundingClientRect().bottom + view.scrollY : 0;
    const bottom = lowestLayerBottom(body, view);
    const top = body.getBoundingClientRect().top + view.scrollY;
    const minHeight = bottom > content + 0.5 ? `${String(Math.ceil(bottom - top))}px` : '';
    // Written only when it changes: the write is itself a mutation this observes.
    if (body.style.minHeight !== minHeight) body.style.minHeight = minHeight;
  };
  const schedule = () => {
    if (scheduled === 0) scheduled = view.requestAnimationFrame(measure);
  };

  // A layer opens or closes as nodes come and go (portals) or styles change (a menu shown in
  // place); the content's own size changes are the host's to see.
  const mutations = new MutationObserver(schedule);
  mutations.observe(body, { childList: true, subtree: true, attributes: true });
  const resizes = new ResizeObserver(schedule);
  resizes.observe(body);
  schedule();
  return () => {
    mutations.disconnect();
    resizes.disconnect();
    if (scheduled !== 0) view.cancelAnimationFrame(scheduled);
  };
}

/**
 * The lowest edge, from the top of the document, of what floats above the content: everything
 * in a layer the body holds besides the app's root (portals), and absolutely or fixed positioned
 * boxes inside the root (a select's menu). In-flow content is not walked: the body's box has it.
 */
function lowestLayerBottom(body: HTMLElement, view: Window): number {
  let lowest = 0;
  const consider = (element: Element) => {
    const rect = element.getBoundingClientRect();
    if (rect.height > 0) lowest = Math.max(lowest, rect.bottom + view.scrollY);
  };
  for (const child of Array.from(body.children)) {
    if (child.id === 'root' || child.tagName === 'SCRIPT') continue;
    consider(child);
    for (const inner of Array.from(child.querySelectorAll('*'))) consider(inner);
  }
  // The root's floating boxes: found through where the root's overflow ends, never by walking it.
  const root = body.querySelector('#root');
  if (root instanceof HTMLElement && root.scrollHeight > root.clientHeight + 0.5) {
    lowest = Math.max(lowest, root.getBoundingClientRect().top + view.scrollY + root.scrollHeight);
  }
  return lowest;
}
