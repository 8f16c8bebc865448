export { storyClusterOf } from './story-cluster';
export type { StoryCluster } from './story-cluster';
