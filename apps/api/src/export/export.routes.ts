import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { READS_NEED_A_VIEWER } from '../auth/public-read.js';
import { viewerOfRequest } from '../auth/request-viewer.js';
import type { Viewer } from '../common/viewer.js';
import { ErrorCode } from '../common/error-code.js';
import { Document } from '../document/document.entity.js';
import type { Logger } from '../logger.js';
import { exportAllBundles, exportStoryBundle } from './bundle.export.js';
import { ExportAbandoned, ExportSink } from './export-pages.js';
import { exportFtm } from './ftm.export.js';
import { exportGraph, GRAPH_FORMATS } from './graph.export.js';
import { exportRelationsCsv } from './relations-csv.export.js';

/** Each export: its file name under /export/, media type, and how it is written. */
const EXPORTS: Record<
  string,
  { type: string; write(sink: ExportSink, em: EntityManager, document: Document | undefined): Promise<void> }
> = {
  'bundle.json': {
    type: 'application/json; charset=utf-8',
    write: (sink, em, document) => (document ? exportStoryBundle(sink, em, document) : exportAllBundles(sink, em)),
  },
  'graph.gexf': {
    type: 'application/gexf+xml; charset=utf-8',
    write: (sink, em, document) => exportGraph(sink, em, document, GRAPH_FORMATS.gexf),
  },
  'graph.graphml': {
    type: 'application/graphml+xml; charset=utf-8',
    write: (sink, em, document) => exportGraph(sink, em, document, GRAPH_FORMATS.graphml),
  },
  'relations.csv': { type: 'text/csv; charset=utf-8; header=present', write: exportRelationsCsv },
  'ftm.jsonl': { type: 'application/x-ndjson; charset=utf-8', write: exportFtm },
};

export const EXPORT_FILES = Object.keys(EXPORTS);

function refuse(res: Response, status: number, code: ErrorCode, message: string, argumentName?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(argumentName ? { argumentName } : {}) } }] });
}

/**
 * GET /export/<file>[?document=<slug>]: the whole corpus, or one story, streamed as it is read
 * from the database. Outside GraphQL because these are files for other tools (Gephi, yEd,
 * spreadsheets, FollowTheMoney), far larger than any one query may be.
 */
export function exportRoutes(orm: MikroORM, logger: Logger, { publicRead = true } = {}): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    // The same viewer as /graphql: a bad token is refused, and a closed server needs a viewer.
    let viewer: Viewer | undefined;
    try {
      viewer = await viewerOfRequest(orm.em, req, res);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const { code, http } = error.extensions as { code: ErrorCode; http?: { status?: number } };
      if (code === ErrorCode.UNAUTHENTICATED) res.setHeader('WWW-Authenticate', 'Bearer realm="parley"');
      refuse(res, http?.status ?? 400, code, error.message);
      return;
    }
    if (!publicRead && !viewer) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="parley"');
      refuse(res, 401, ErrorCode.UNAUTHENTICATED, READS_NEED_A_VIEWER);
      return;
    }
    const exporter = EXPORTS[req.params.file];
    if (!exporter) {
      refuse(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `No export is called "${req.params.file}"; try ${EXPORT_FILES.join(', ')}.`,
      );
      return;
    }
    const slug = req.query.document;
    if (slug !== undefined && (typeof slug !== 'string' || !slug || slug.length > 200)) {
      refuse(res, 400, ErrorCode.BAD_USER_INPUT, '"document" must be one document slug.', 'document');
      return;
    }
    // Fork per request: each export reads in pages and clears its own identity map as it goes.
    const em = orm.em.fork();
    const document = slug === undefined ? undefined : await em.findOne(Document, { slug });
    if (slug !== undefined && !document) {
      refuse(res, 404, ErrorCode.NOT_FOUND, `No document has the slug "${slug}".`, 'document');
      return;
    }
    res.status(200).type(exporter.type);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${document ? `${document.slug}-` : 'parley-'}${req.params.file}"`,
    );
    try {
      await exporter.write(new ExportSink(res), em, document ?? undefined);
      res.end();
    } catch (error) {
      if (error instanceof ExportAbandoned) return;
      // The status line is sent: cutting the connection is the only way left to say the file is incomplete.
      logger.error({ requestId: res.locals.request?.id, path: req.path, error: String(error) }, 'export failed');
      res.destroy();
    }
  });
  return router;
}
