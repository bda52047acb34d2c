import { parentPort } from 'node:worker_threads';
import type { ProposalInput } from './proposal.js';
import { proposeFacts } from './propose.js';

/** A reading asked for by the server's main thread (see off-thread.ts). */
export interface ReadingRequest {
  id: number;
  input: ProposalInput;
}

/** Reads each article the main thread sends, one after the other, and sends back its proposals. */
parentPort?.on('message', ({ id, input }: ReadingRequest) => {
  try {
    parentPort?.postMessage({ id, proposals: proposeFacts(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
