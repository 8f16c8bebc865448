import { Aws, Stack } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { recordColumns } from '../glue-columns';

export interface RecordsCatalogProps {
  dataBucket: s3.IBucket;
  resultsBucket: s3.IBucket;
  databaseName: string;
}

/** First day partition projection enumerates; records older than this are not queried. */
export const PROJECTION_START = '2020-01-01';

/**
 * SQL over the story records: a Glue database and `records` table over
 * records/dt=YYYY-MM-DD/ with partition projection on dt (no crawler, no
 * MSCK REPAIR) and the OpenX JSON SerDe, plus an Athena workgroup that writes
 * results, encrypted, to its own bucket and enforces that configuration.
 */
export class RecordsCatalog extends Construct {
  readonly database: glue.CfnDatabase;
  readonly table: glue.CfnTable;
  readonly workgroup: athena.CfnWorkGroup;

  constructor(scope: Construct, id: string, props: RecordsCatalogProps) {
    super(scope, id);
    const location = `s3://${props.dataBucket.bucketName}/records/`;
    this.database = new glue.CfnDatabase(this, 'Database', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: props.databaseName, description: 'wirewatch story records' },
    });
    this.table = new glue.CfnTable(this, 'Records', {
      catalogId: Aws.ACCOUNT_ID,
      databaseName: props.databaseName,
      tableInput: {
        name: 'records',
        description: 'One row per story record (schema/story-record.schema.json), partitioned by dt',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [{ name: 'dt', type: 'string', comment: 'publishedAt date (fetchedAt when unknown), yyyy-MM-dd' }],
        parameters: {
          classification: 'json',
          EXTERNAL: 'TRUE',
          'projection.enabled': 'true',
          'projection.dt.type': 'date',
          'projection.dt.format': 'yyyy-MM-dd',
          'projection.dt.range': `${PROJECTION_START},NOW`,
          'projection.dt.interval': '1',
          'projection.dt.interval.unit': 'DAYS',
          'storage.location.template': `${location}dt=\${dt}/`,
        },
        storageDescriptor: {
          location,
          columns: recordColumns(),
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            parameters: { 'ignore.malformed.json': 'TRUE', 'case.insensitive': 'TRUE' },
          },
        },
      },
    });
    this.table.node.addDependency(this.database);
    this.workgroup = new athena.CfnWorkGroup(this, 'Workgroup', {
      name: `${props.databaseName}-${Stack.of(this).stackName}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
      description: 'wirewatch record queries',
      state: 'ENABLED',
      recursiveDeleteOption: false,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        engineVersion: { selectedEngineVersion: 'AUTO' },
        resultConfiguration: {
          outputLocation: `s3://${props.resultsBucket.bucketName}/results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });
  }
}
