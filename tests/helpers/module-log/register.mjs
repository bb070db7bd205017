// `node --import …/register.mjs`: appends every module URL the process resolves — main thread and
// worker threads alike (workers inherit --import) — to the file named by $MODULE_LOG.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
