import { useMemo } from 'react';
import { buildServiceGraph, type Scoping, type ServiceGraph } from '../../../../src/domain';

/**
 * The services' dependency graph, the same object for as long as it says the same: a keystroke
 * in a primary function or an endpoint changes the draft but not the graph, so the picture
 * (memoised on it) is neither laid out nor rendered again.
 */
export function useServiceGraph(scoping: Scoping): ServiceGraph {
  const key = JSON.stringify(buildServiceGraph({ scoping }));
  return useMemo(() => JSON.parse(key) as ServiceGraph, [key]);
}
