export { Incident, IncidentGrouper, groupIncidents, fitOf, JOIN_SCORE, MAX_SHARING, MAX_GAP_DAYS, MAX_GAP_NAMED_DAYS, MAX_SPAN_DAYS } from './grouper';
export type { OpenState, Profile, Fit, Specificity } from './grouper';
export { featuresOf, nameKey, sameName } from './features';
export type { StoryFeatures } from './features';
export { labelOf, summaryOf, detailOf } from './describe';
export type { IncidentSummary, IncidentDetail, IncidentStory, AttributionClaim, IncidentEntities, EntityCount } from './describe';
export { IncidentIndex } from './incident-index';
export type { IncidentPage, IncidentIndexStats, IncidentIndexOptions } from './incident-index';
