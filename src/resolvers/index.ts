import Resolver from '@forge/resolver';
import { registerContextGet } from './context-get';

/** Every resolver the Custom UI modules can call; all of them share one Forge function. */
export function createResolverDefinitions() {
  const resolver = new Resolver();
  registerContextGet(resolver);
  return resolver.getDefinitions();
}
