// Worker-thread entry for the build pool: one buildRecord per task.
import { buildRecord } from './build-record';

export default buildRecord;
