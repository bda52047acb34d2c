import type { RequestHandler } from 'express';
import express from 'express';
import helmet from 'helmet';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { recordedChanges, securityHeaders } from './security-headers.js';

/** The headers an app using `middleware` answers a request with (without the ones every response has). */
async function headersFrom(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.disable('x-powered-by');
  app.use(middleware);
  app.get('/', (_req, res) => void res.send('ok'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const ignored = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'etag']);
    return Object.fromEntries([...response.headers].filter(([name]) => !ignored.has(name)));
  } finally {
    server.close();
  }
}

describe('securityHeaders', () => {
  it('answers with Helmet’s headers and the explorer’s content security policy', async () => {
    const headers = await headersFrom(securityHeaders());
    expect(headers['content-security-policy']).toContain("worker-src 'self' blob:");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    // Every header Helmet's defaults send, and no other.
    const defaults = await headersFrom(helmet());
    expect(Object.keys(headers).sort()).toEqual(Object.keys(defaults).sort());
  });
});

describe('recordedChanges', () => {
  it('records what a middleware sets and removes, in order', () => {
    const middleware: RequestHandler = (_req, res, next) => {
      res.setHeader('A', '1');
      res.removeHeader('B');
      res.setHeader('C', '3');
      next();
    };
    expect(recordedChanges(middleware)).toEqual([['A', '1'], ['B'], ['C', '3']]);
  });

  it('gives up on a middleware that reads the request, answers, fails or goes on later', () => {
    const reading: RequestHandler = (req, res, next) => {
      if (req.secure) res.setHeader('A', '1');
      next();
    };
    const answering: RequestHandler = (_req, res) => void res.status(204).end();
    const failing: RequestHandler = (_req, _res, next) => next(new Error('no'));
    const later: RequestHandler = (_req, res, next) => {
      res.setHeader('A', '1');
      setImmediate(next);
    };
    for (const middleware of [reading, answering, failing, later]) expect(recordedChanges(middleware)).toBeUndefined();
  });
});
