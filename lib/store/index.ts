export { createS3Store, BAND_MAX_IDS, CLUSTER_READ_MAX } from './s3-store';
export { KeyedLock } from './keyed-lock';
export type { Store, RawPage, PutRawResult, RawObject, RecordPointer, RawListOptions, RawKeyPage, PutRecordOptions, FailureInput, ListOptions, Page, StoredObject, FingerprintEntry, AddToBandResult, ClusterMember } from './s3-store';
export { createS3Client } from './s3-client';
export type { S3ClientOptions } from './s3-client';
export { StoreError, BadCursorError, isAlreadyExists, isNotFound } from './errors';
export * from './keys';
