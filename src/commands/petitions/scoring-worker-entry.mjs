// Entry of the duplicate-scoring worker thread: registers tsx in this thread (the main thread's
// loader does not carry over to workers), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./scoring-worker.ts');
