/**
 * A second process that takes the writer lock of the data folder in argv[2] as argv[3] (server or cli),
 * says "vergrendeld" and waits until it is killed: the other side of the cross-process lock tests.
 */
import { acquireWriterLock, describeLockRefusal, type WriterRole } from '../../ingest/store/index.ts';

const [dataDir, role] = process.argv.slice(2) as [string, WriterRole];
const locked = await acquireWriterLock({ dataDir, role });
if (!locked.ok) {
  console.error(describeLockRefusal(locked.reason));
  process.exit(1);
}
console.log('vergrendeld');
setInterval(() => undefined, 60_000);
