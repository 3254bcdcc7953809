// Entry point of the extraction worker threads (app/services/extraction-pool.server.ts).
// Plain JavaScript so that Node loads it as it is in every setting (production
// server, tests, CLIs); tsx then compiles the TypeScript pipeline on first use.
import { tsImport } from 'tsx/esm/api';

const { runExtractTask } = await tsImport('./extract-task.ts', import.meta.url);

export default runExtractTask;
