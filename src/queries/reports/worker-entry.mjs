// Entry of the report worker thread: registers tsx in this thread (the main thread's loader does
// not carry over to workers), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
