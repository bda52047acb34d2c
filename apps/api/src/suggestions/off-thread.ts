import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deadlineExceeded, remainingMs } from '../common/deadline.js';
import type { Proposal, ProposalInput } from './proposal.js';
import type { ReadingRequest } from './propose-worker.js';

/**
 * How long a reading may take outside a GraphQL operation (which bounds it by its own deadline).
 * A 100 kB article, the most a request can carry, reads in about a second.
 */
const READING_LIMIT_MS = 30_000;
/** The reader's heap: compromise's model and one article's terms fit in a fraction of it. */
const READER_HEAP_MB = 256;

type Answer = { id: number; proposals: Proposal[] } | { id: number; error: string };

interface Waiting {
  resolve: (proposals: Proposal[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** The built worker script beside this module; absent when the source runs untranspiled (tests). */
const WORKER_SCRIPT = new URL('./propose-worker.js', import.meta.url);

/**
 * Reads articles on a worker thread, so that reading a long one never stops the server answering
 * others: the reader is synchronous (compromise) and its time grows with the text. One worker
 * reads one article at a time; a reading past its time ends the worker (and every reading queued
 * on it), and the next one starts a new worker.
 */
class OffThreadReader {
  private worker?: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  read(input: ProposalInput): Promise<Proposal[]> {
    const id = this.nextId++;
    const worker = this.start();
    const limit = remainingMs() ?? READING_LIMIT_MS;
    return new Promise<Proposal[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        // The timer runs in the operation's async context, so its deadline is still the current one.
        reject(deadlineExceeded() ?? new Error(`Reading the article took longer than ${String(READING_LIMIT_MS)} ms.`));
        this.stop(new Error('An earlier reading on the same worker ran past its time.'));
      }, limit);
      this.waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ id, input } satisfies ReadingRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
    // A reader waiting for work must not keep the process alive at shutdown.
    worker.unref();
    worker.on('message', (answer: Answer) => {
      const waiting = this.waiting.get(answer.id);
      if (!waiting) return;
      this.waiting.delete(answer.id);
      clearTimeout(waiting.timer);
      if ('error' in answer) waiting.reject(new Error(`Reading the article failed: ${answer.error}`));
      else waiting.resolve(answer.proposals);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new Error('The article reader stopped.'));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and fails every reading still waiting on it. */
  private stop(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      this.waiting.delete(id);
      waiting.reject(reason);
    }
    void worker?.terminate();
  }
}

let reader: OffThreadReader | undefined;

/**
 * What the suggester proposes for an article, read on a worker thread within the current
 * operation's deadline (TIMEOUT past it). Where no built worker script exists (the test runner
 * runs the TypeScript source), it reads on the calling thread.
 */
export async function proposeOffThread(input: ProposalInput): Promise<Proposal[]> {
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) {
    const { proposeFacts } = await import('./propose.js');
    return proposeFacts(input);
  }
  reader ??= new OffThreadReader();
  return reader.read(input);
}
