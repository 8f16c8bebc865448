export { buildRecord, resolveCanonicalUrl, resolvePublishedAt, domainOf, EXTRACTOR_VERSION, EXTRACTOR_REVISION } from './build-record';
export type { BuildRecordInput } from './build-record';
export { validateRecord, recordErrors } from './validate';
export { recordFromPage, ExtractionError } from './from-page';
export type { RecordFromPageInput } from './from-page';
export { InvalidRecordError, EmptyStoryError, JavaScriptShellError, ConsentWallError, LoginWallError, EmptyPageError, emptyStoryError } from './errors';
export { splitSentences, leadSummary } from './sentences';
export { recordFromFile, InputFileError } from './from-file';
export type { RecordFromFileOptions } from './from-file';
