/**
 * The app frames: mounting a Custom UI build in an iframe with its Forge context, and answering
 * the bridge calls it relays (see bridge.ts) the way Jira's frame host does.
 */
import { devFetch } from './dev-fetch';
import { el, text } from './dom';
import { showFlag } from './flags';
import { jira } from './jira-client';
import { isFitContent, isModalSize, openModal } from './modal';
import { session } from './session';
import { RESOURCE, type Frame, type ModuleType } from './types';

export async function mountFrame(
  container: HTMLElement,
  module: ModuleType,
  scope: { issueKey?: string; projectKey?: string; actionKey?: string },
  title: string,
  onClose?: (payload?: unknown) => void,
  /** For a frame in a Custom UI `Modal`: the context its opener gave, as `extension.modal`. */
  modal?: unknown,
  /** For a frame in a modal: what Escape inside it does, and whether the modal sets its size. */
  inModal: { onEscape?: () => void; sized?: boolean } = {},
): Promise<void> {
  const params = new URLSearchParams({ module, user: session.user, ...scope });
  const response = await devFetch(`/__dev/context?${params.toString()}`);
  const context = (await response.json()) as {
    error?: { message: string };
    extension?: Record<string, unknown>;
    theme?: unknown;
  };
  if (!response.ok) {
    container.append(
      el('div', { class: 'error-box' }, context.error?.message ?? 'The app could not load.'),
    );
    return;
  }
  context.theme = { colorMode: session.theme };
  if (modal !== undefined) context.extension = { ...context.extension, modal };
  const frameId = `${RESOURCE[module]}-${Math.random().toString(36).slice(2, 10)}`;
  const iframe = el('iframe', {
    class: 'app-frame',
    title,
    src: `/resources/${RESOURCE[module]}/index.html?frame=${frameId}`,
    'data-module': module,
  });
  session.frames.set(frameId, {
    iframe,
    module,
    ...scope,
    context,
    ...(onClose ? { onClose } : {}),
    ...inModal,
  });
  container.append(iframe);
}

function reply(frame: Frame, id: number, ok: boolean, value: unknown): void {
  frame.iframe.contentWindow?.postMessage(
    ok
      ? { bbBridge: true, kind: 'reply', id, ok, value }
      : { bbBridge: true, kind: 'reply', id, ok, message: String(value) },
    location.origin,
  );
}

async function answer(
  frame: Frame,
  name: string,
  payload: Record<string, unknown> | null,
): Promise<unknown> {
  switch (name) {
    case 'getContext':
      return frame.context;
    case 'invoke': {
      const response = await devFetch('/__dev/invoke', {
        method: 'POST',
        body: JSON.stringify({
          module: frame.module,
          user: session.user,
          issueKey: frame.issueKey,
          projectKey: frame.projectKey,
          functionKey: payload?.functionKey,
          payload: payload?.payload ?? {},
        }),
      });
      const body = (await response.json()) as { error?: { message: string } };
      if (!response.ok)
        throw new Error(body.error?.message ?? `The resolver failed (${response.status}).`);
      return body;
    }
    case 'fetchProduct': {
      const init = (payload?.fetchRequestInit ?? {}) as { method?: string; body?: string | null };
      const response = await jira(text(payload?.restPath), {
        method: init.method ?? 'GET',
        ...(init.body ? { body: init.body } : {}),
      });
      return {
        body: await response.text(),
        headers: Object.fromEntries(response.headers.entries()),
        status: response.status,
        statusText: response.statusText,
      };
    }
    case 'showFlag':
      showFlag(payload ?? {});
      return undefined;
    case 'closeFlag':
      document.querySelector(`[data-flag-id="${CSS.escape(String(payload?.id))}"]`)?.remove();
      return undefined;
    case 'navigate':
    case 'open': {
      const url = text(payload?.url) || text(payload?.target);
      const browse = /\/browse\/([A-Z][A-Z0-9_]*-\d+)/.exec(url);
      if (browse) location.hash = `#/browse/${browse[1] ?? ''}`;
      else window.open(url, '_blank', 'noopener');
      return true;
    }
    case 'getUrl':
      return text(payload?.url);
    case 'close':
    case 'submit':
      frame.onClose?.(payload ?? undefined);
      return true;
    case 'openModal': {
      // As Jira does: the modal is drawn by the host page over everything, not inside the frame,
      // with the same resource (or the one named); the opener hears how it closed.
      const modalId = Number(payload?.modalId);
      const module = frame.module;
      const scope = {
        ...(frame.issueKey ? { issueKey: frame.issueKey } : {}),
        ...(frame.projectKey ? { projectKey: frame.projectKey } : {}),
      };
      const title = text(payload?.title) || 'Backend Breakdown';
      openModal(
        title,
        (body, close, onEscape) =>
          mountFrame(body, module, scope, title, close, payload?.context ?? {}, {
            onEscape,
            sized: !isFitContent(payload?.size),
          }),
        {
          // The bridge's default size, as Jira's.
          size: isModalSize(payload?.size) ? payload.size : 'medium',
          closeOnEscape: payload?.closeOnEscape !== false,
          closeOnOverlayClick: payload?.closeOnOverlayClick !== false,
          onClosed: (result) => {
            frame.iframe.contentWindow?.postMessage(
              { bbBridge: true, kind: 'modalClosed', id: modalId, payload: result },
              location.origin,
            );
          },
        },
      );
      return true;
    }
    case 'enableTheming':
      frame.themed = true;
      return session.theme;
    case 'changeWindowTitle':
      return true;
    case 'emit':
      for (const other of session.frames.values()) {
        other.iframe.contentWindow?.postMessage(
          { bbBridge: true, kind: 'event', event: payload?.event, payload: payload?.payload },
          location.origin,
        );
      }
      return true;
    case 'reload':
    case 'refresh':
      session.rerender();
      return true;
    default:
      throw new Error(`The local host does not support "${name}".`);
  }
}

/** Sets the host's theme and passes it to every frame that enabled theming, as Jira does. */
/** Sends a Forge event (`events.on` in the app) to one frame, as Jira's own UI does. */
export function sendEvent(iframe: HTMLIFrameElement, event: string, payload?: unknown): void {
  iframe.contentWindow?.postMessage(
    { bbBridge: true, kind: 'event', event, payload },
    location.origin,
  );
}

export function setTheme(theme: 'light' | 'dark'): void {
  session.theme = theme;
  document.documentElement.setAttribute('data-color-mode', theme);
  for (const frame of session.frames.values()) {
    if (!frame.themed) continue;
    frame.iframe.contentWindow?.postMessage(
      { bbBridge: true, kind: 'theme', payload: theme },
      location.origin,
    );
  }
}

/** Answers the bridge calls of the app frames and applies their reported heights. */
export function listenToFrames(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== location.origin) return;
    const data = event.data as {
      bbBridge?: boolean;
      frameId?: string;
      kind?: string;
      id?: number;
      name?: string;
      payload?: Record<string, unknown> | null;
      height?: number;
    };
    if (!data?.bbBridge || !data.frameId) return;
    const frame = session.frames.get(data.frameId);
    if (!frame || event.source !== frame.iframe.contentWindow) return;
    if (data.kind === 'resize' && typeof data.height === 'number') {
      // A frame is as tall as its content (a modal caps it, and then the frame's own document
      // scrolls: one scroll area); one in a modal of a fixed size fills the modal instead.
      if (!frame.sized) frame.iframe.style.height = `${String(Math.max(data.height, 1))}px`;
      return;
    }
    if (data.kind === 'escape') {
      frame.onEscape?.();
      return;
    }
    if (data.kind === 'call' && typeof data.id === 'number' && data.name) {
      const id = data.id;
      answer(frame, data.name, data.payload ?? null).then(
        (value) => reply(frame, id, true, value),
        (error: unknown) => reply(frame, id, false, error instanceof Error ? error.message : error),
      );
    }
  });
}
