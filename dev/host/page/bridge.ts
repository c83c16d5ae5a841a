/**
 * Injected into every Custom UI frame before the app's bundle: provides
 * `window.__bridge.callBridge`, which `@forge/bridge` requires, by relaying each call to the host
 * page with postMessage. The host answers it (see host.ts), as Jira's frame host does.
 */
import { applyFrameTheme, type ColorMode } from './frame-theme';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const frameId = new URLSearchParams(window.location.search).get('frame') ?? 'unknown';
const pending = new Map<number, Pending>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let sequence = 0;

function post(message: Record<string, unknown>): void {
  window.parent.postMessage({ bbBridge: true, frameId, ...message }, window.location.origin);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const data = event.data as {
    bbBridge?: boolean;
    kind?: string;
    id?: number;
    ok?: boolean;
    value?: unknown;
    message?: string;
    event?: string;
    payload?: unknown;
  };
  if (!data?.bbBridge) return;
  if (data.kind === 'reply' && typeof data.id === 'number') {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (!waiting) return;
    if (data.ok) waiting.resolve(data.value);
    else waiting.reject(new Error(data.message ?? 'The host could not complete the call.'));
  }
  // The host's theme switch, for frames that enabled theming.
  if (data.kind === 'theme' && (data.payload === 'light' || data.payload === 'dark')) {
    applyFrameTheme(data.payload);
  }
  if (data.kind === 'modalClosed' && typeof data.id === 'number') {
    const onClose = modalCallbacks.get(data.id);
    modalCallbacks.delete(data.id);
    onClose?.(data.payload);
  }
  if (data.kind === 'event' && data.event) {
    for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
  }
});

/** The `onClose` callbacks of the Custom UI modals this frame opened, until each closes. */
const modalCallbacks = new Map<number, (payload: unknown) => void>();

function callBridge(name: string, payload?: Record<string, unknown>): Promise<unknown> {
  if (name === 'openModal' && payload) {
    // A function cannot cross postMessage: the host gets an id and answers with the result.
    const modalId = ++sequence;
    const { onClose, ...rest } = payload;
    if (typeof onClose === 'function') modalCallbacks.set(modalId, onClose as (p: unknown) => void);
    payload = { ...rest, modalId };
  }
  if (name === 'on' && payload && typeof payload.callback === 'function') {
    const event = String(payload.event);
    const callback = payload.callback as (p: unknown) => void;
    const set = listeners.get(event) ?? new Set();
    set.add(callback);
    listeners.set(event, set);
    return Promise.resolve({ unsubscribe: () => set.delete(callback) });
  }
  const id = ++sequence;
  return new Promise((resolve, reject) => {
    pending.set(id, {
      resolve:
        name === 'enableTheming'
          ? (value) => {
              applyFrameTheme(value as ColorMode);
              resolve(undefined);
            }
          : resolve,
      reject,
    });
    post({ kind: 'call', id, name, payload: payload ?? null });
  });
}

(window as unknown as { __bridge: unknown }).__bridge = { callBridge };

// Jira sizes app frames to their content, measured from inside the frame by the bridge's
// iframe-resizer: by default the body's height with its margins (its "bodyOffset"), never the
// document's scrollHeight, which cannot fall below the frame's own height and so never shrinks.
// A body pinned to the frame (a CSS reset's height: 100%) would pin the frame too: the app's
// frame sizing (static/shared/fit-frame-to-content.ts) is what keeps the body to its content.
const contentHeight = (): number => {
  const style = getComputedStyle(document.body);
  return Math.ceil(
    document.body.getBoundingClientRect().height +
      parseFloat(style.marginTop) +
      parseFloat(style.marginBottom),
  );
};
let reported = -1;
const reportHeight = (): void => {
  const height = contentHeight();
  if (height === reported) return;
  reported = height;
  post({ kind: 'resize', height });
};
window.addEventListener('load', () => {
  reportHeight();
  new ResizeObserver(reportHeight).observe(document.body);
});

// Jira closes a Custom UI modal on Escape wherever focus is, inside its frame too; a key the app
// handled itself (a select closing its menu) is left to the app.
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) post({ kind: 'escape' });
});
export {};
