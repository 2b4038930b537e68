// Worker entry: the worker thread does not inherit vitest's or tsx's TypeScript loader in every setup,
// so it registers tsx itself before importing the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./embed-worker.ts');
