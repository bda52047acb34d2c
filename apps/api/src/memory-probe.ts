import { writeHeapSnapshot } from 'node:v8';

/** A question a parent process may ask over the IPC channel it opened when it started the server. */
export interface MemoryProbeRequest {
  parleyMemoryProbe: true;
  /** Write a heap snapshot to this file before answering (after the collection, when there is one). */
  heapSnapshot?: string;
}

/** The answer: the process's memory, in bytes, right after a full collection when one could be forced. */
export interface MemoryProbeReply {
  parleyMemoryProbe: true;
  /** Whether a full garbage collection ran first (the server was started with `--expose-gc`). */
  collected: boolean;
  heapUsed: number;
  heapTotal: number;
  rss: number;
  external: number;
  arrayBuffers: number;
}

function isProbeRequest(message: unknown): message is MemoryProbeRequest {
  return typeof message === 'object' && message !== null && 'parleyMemoryProbe' in message;
}

/**
 * Answers memory questions from the process that started the server, so that tests and the
 * memory bench can tell heap that stays alive from garbage not yet collected. Only a server
 * started with an IPC channel (a parent's `spawn(…, { stdio: [..., 'ipc'] })`) listens; `npm
 * start` opens none, so in production this does nothing.
 */
export function answerMemoryProbes(): void {
  if (!process.send || !process.channel) return;
  // The channel must not keep the process alive after shutdown closed everything else.
  process.channel.unref();
  process.on('message', (message: unknown) => {
    if (!isProbeRequest(message)) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    if (message.heapSnapshot) writeHeapSnapshot(message.heapSnapshot);
    const usage = process.memoryUsage();
    const reply: MemoryProbeReply = {
      parleyMemoryProbe: true,
      collected: gc !== undefined,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      rss: usage.rss,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
    };
    process.send?.(reply);
  });
}
