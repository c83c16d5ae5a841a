import { slugify } from '../draft/draft-id';
import type { Service, ServiceInput } from '../draft/scoping-schema';

/** A service or external system that feeds one of a service's inputs. */
export interface Upstream {
  /** Stable subject key: `service-<id>` or `external-<system slug>`. */
  key: string;
  kind: 'service' | 'external';
  /** How people call it: the service's name, or the external system's. */
  label: string;
  inputs: ServiceInput[];
  /** Whether some input is a request/response call rather than an event on a queue. */
  called: boolean;
}

const EVENT_WORDS =
  /\bevents?\b|\bmessages?\b|\bqueue\b|\btopic\b|kafka|\bsqs\b|\bsns\b|pub\/?sub|\bstream\b/i;

/** Whether an input arrives as an event or message rather than as a call's answer. */
export const isEventInput = (input: ServiceInput) =>
  EVENT_WORDS.test(input.format) || EVENT_WORDS.test(input.name);

/**
 * The upstreams of `service`, in the order of their first input: other services of the draft
 * (a source naming no service of the draft is left to readiness) and external systems.
 */
export function upstreamsOf(
  service: Service,
  servicesById: ReadonlyMap<string, Service>,
): Upstream[] {
  const byKey = new Map<string, Upstream>();
  for (const input of service.inputs) {
    const { source } = input;
    let key: string;
    let label: string;
    if (source.kind === 'service') {
      const provider = servicesById.get(source.serviceId);
      if (!provider || provider.id === service.id) continue;
      key = `service-${provider.id}`;
      label = provider.name.trim() || provider.id;
    } else if (source.kind === 'external') {
      const system = source.system.trim() || input.name.trim();
      key = `external-${slugify(system)}`;
      label = system || 'the external system';
    } else {
      continue;
    }
    const upstream = byKey.get(key) ?? {
      key,
      kind: source.kind,
      label,
      inputs: [],
      called: false,
    };
    upstream.inputs.push(input);
    upstream.called ||= !isEventInput(input);
    byKey.set(key, upstream);
  }
  return [...byKey.values()];
}

/** "Payments" for one input, or naming the inputs: "Payments (Captured payment, Refund)". */
export function inputsOf(upstream: Upstream): string {
  const names = upstream.inputs.map((input) => input.name.trim()).filter((name) => name !== '');
  return names.length === 0 ? upstream.label : `${upstream.label} (${names.join(', ')})`;
}
