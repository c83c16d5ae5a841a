export * from './epic-child';
export { childDescription } from './child-description';
export { childStory, type ChildStory } from './child-story';
export { fanOutItems } from './fan-out-items';
export {
  describeFanOutItem,
  unavailableFanOutItems,
  type UnavailableFanOutItem,
} from './describe-fan-out-item';
export {
  buildFanOut,
  fanOutLocalId,
  noCreatePermission,
  type FanOutInput,
  type FanOutResult,
} from './build-fan-out';
export { lookBackMinutes, sameTree } from './children-unchanged';
