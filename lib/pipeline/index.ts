export { pollFeed, MAX_CHILD_SITEMAPS } from './poll-feed';
export { processStory, messageId } from './process-story';
export { stateAfterQueueing } from './state-after-queueing';
export { runOnce } from './run-once';
export { formatSummary } from './format-summary';
export type { StoryMessage, PipelineDeps, PollFeedResult, PollFeedOptions, ProcessOutcome, RunSummary, StoryTimings } from './types';
