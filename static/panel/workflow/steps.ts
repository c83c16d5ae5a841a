export const STEPS = [
  { id: 'discovery', label: 'Discovery' },
  { id: 'scoping', label: 'Scoping' },
  { id: 'breakdown', label: 'Breakdown' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The step whose form holds the draft value at `path`, and the service to expand for it. */
export function locate(path: string): { step: StepId; service: number | null } {
  const service = /^scoping\.services\[(\d+)\]/.exec(path);
  if (service) return { step: 'scoping', service: Number(service[1]) };
  return { step: path.startsWith('scoping') ? 'scoping' : 'discovery', service: null };
}
