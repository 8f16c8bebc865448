export { parseFeed, dedupeItems } from './parse-feed';
export { FeedReader, readFeed, type FeedHeader } from './feed-reader';
export { FeedParseError, type FeedParseErrorKind } from './errors';
export { parseFeedDate, parseRfc822Date, parseW3cDate } from './dates';
export { nextFeedState, conditionalHeaders, MAX_RECENT_IDS, type FeedPollResponse } from './feed-state';
