import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { READS_NEED_A_VIEWER } from '../auth/public-read.js';
import { viewerOfRequest } from '../auth/request-viewer.js';
import type { Viewer } from '../common/viewer.js';
import { ErrorCode } from '../common/error-code.js';
import type { Logger } from '../logger.js';
import { exportAllBundles, exportStoryBundle } from './bundle.export.js';
import { ExportAbandoned, ExportSink } from './export-pages.js';
import { ExportRefused, exportScope, type ExportScope } from './export-scope.js';
import { exportFtm } from './ftm.export.js';
import { exportGraph, GRAPH_FORMATS } from './graph.export.js';
import { exportRelationsCsv } from './relations-csv.export.js';

/**
 * Each export: its file name under /export/, media type, how it is written, and whether it takes
 * the relation filter (the flat relation exports do; a bundle or FtM file is a whole story).
 */
const EXPORTS: Record<
  string,
  { type: string; relationFilter?: true; write(sink: ExportSink, em: EntityManager, scope: ExportScope): Promise<void> }
> = {
  'bundle.json': {
    type: 'application/json; charset=utf-8',
    write: (sink, em, { document }) => (document ? exportStoryBundle(sink, em, document) : exportAllBundles(sink, em)),
  },
  'graph.gexf': {
    type: 'application/gexf+xml; charset=utf-8',
    relationFilter: true,
    write: (sink, em, scope) => exportGraph(sink, em, scope, GRAPH_FORMATS.gexf),
  },
  'graph.graphml': {
    type: 'application/graphml+xml; charset=utf-8',
    relationFilter: true,
    write: (sink, em, scope) => exportGraph(sink, em, scope, GRAPH_FORMATS.graphml),
  },
  'relations.csv': { type: 'text/csv; charset=utf-8; header=present', relationFilter: true, write: exportRelationsCsv },
  'ftm.jsonl': {
    type: 'application/x-ndjson; charset=utf-8',
    write: (sink, em, { document }) => exportFtm(sink, em, document),
  },
};

export const EXPORT_FILES = Object.keys(EXPORTS);

function refuse(res: Response, status: number, code: ErrorCode, message: string, argumentName?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(argumentName ? { argumentName } : {}) } }] });
}

/**
 * GET /export/<file>[?document=<slug>]: the whole corpus, or one story, streamed as it is read
 * from the database. The relation exports also take the filter of `relations(filter:)` and the
 * neighbourhood of an actor (`around`), as query parameters (see export-scope.ts). Outside
 * GraphQL because these are files for other tools (Gephi, yEd, spreadsheets, FollowTheMoney), far
 * larger than any one query may be.
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
    // Fork per request: each export reads in pages and clears its own identity map as it goes.
    const em = orm.em.fork();
    let scope: ExportScope;
    try {
      scope = await exportScope(em, req.query, { takesRelationFilter: exporter.relationFilter ?? false });
    } catch (error) {
      if (!(error instanceof ExportRefused)) throw error;
      refuse(res, error.status, error.code, error.message, error.argumentName);
      return;
    }
    const { document } = scope;
    res.status(200).type(exporter.type);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${document ? `${document.slug}-` : 'parley-'}${req.params.file}"`,
    );
    try {
      await exporter.write(new ExportSink(res), em, scope);
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
