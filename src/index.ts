/** The handlers manifest.yml names, and nothing else. */
import { createResolverDefinitions } from './resolvers';

export const handler = createResolverDefinitions();
export { runConsumer } from './consumers/run-consumer';
