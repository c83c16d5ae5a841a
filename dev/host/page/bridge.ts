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

// Jira sizes app frames to their content; report the content height whenever it changes.
const reportHeight = (): void =>
  post({ kind: 'resize', height: Math.ceil(document.documentElement.scrollHeight) });
window.addEventListener('load', () => {
  reportHeight();
  // The body can be as tall as the frame (a CSS reset's height: 100%), so watch the content too.
  const observer = new ResizeObserver(reportHeight);
  observer.observe(document.body);
  for (const child of Array.from(document.body.children)) observer.observe(child);
});
export {};
