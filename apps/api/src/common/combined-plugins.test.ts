import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { combinePlugins, everyRequest } from './combined-plugins.js';

type Context = { seen: string[] };
type RequestContext = GraphQLRequestContext<Context>;

/** Only what the hooks below read of a request. */
const requestOf = (): RequestContext => ({ contextValue: { seen: [] } }) as unknown as RequestContext;

async function listenerFor(plugin: ApolloServerPlugin<Context>, request: RequestContext) {
  return (await plugin.requestDidStart!(request)) as GraphQLRequestListener<Context>;
}

describe('combinePlugins', () => {
  it('runs every plugin’s hook in the plugins’ order, each seeing what the ones before it did', async () => {
    const tagging = (name: string): ApolloServerPlugin<Context> => ({
      requestDidStart: everyRequest({
        willSendResponse({ contextValue }) {
          contextValue.seen.push(`${name} after ${contextValue.seen.join(',') || 'none'}`);
          return Promise.resolve();
        },
      }),
    });
    const request = requestOf();
    const listener = await listenerFor(combinePlugins([tagging('a'), tagging('b'), tagging('c')]), request);
    await listener.willSendResponse!(request as never);
    expect(request.contextValue.seen).toEqual([
      'a after none',
      'b after a after none',
      'c after a after none,b after a after none',
    ]);
  });

  it('reports the first plugin’s refusal, as Apollo Server does, after every hook ran', async () => {
    const ran: string[] = [];
    const refusing = (name: string, refuse: boolean): ApolloServerPlugin<Context> => ({
      requestDidStart: everyRequest({
        didResolveOperation() {
          ran.push(name);
          return refuse ? Promise.reject(new Error(name)) : Promise.resolve();
        },
      }),
    });
    const request = requestOf();
    const plugin = combinePlugins([refusing('open', false), refusing('first', true), refusing('second', true)]);
    const listener = await listenerFor(plugin, request);
    await expect(listener.didResolveOperation!(request as never)).rejects.toThrow('first');
    expect(ran).toEqual(['open', 'first', 'second']);
  });

  it('leaves out hooks no plugin has, and combines listeners made per request too', async () => {
    let made = 0;
    const perRequest: ApolloServerPlugin<Context> = {
      requestDidStart: () => {
        made++;
        return Promise.resolve({
          didEncounterErrors: ({ contextValue }) => {
            contextValue.seen.push(`errors ${made}`);
            return Promise.resolve();
          },
        });
      },
    };
    const plugin = combinePlugins([perRequest, { requestDidStart: () => Promise.resolve() }]);
    for (const expected of ['errors 1', 'errors 2']) {
      const request = requestOf();
      const listener = await listenerFor(plugin, request);
      expect(Object.keys(listener)).toEqual(['didEncounterErrors']);
      await listener.didEncounterErrors!(request as never);
      expect(request.contextValue.seen).toEqual([expected]);
    }
  });

  it('refuses plugins with hooks whose results Apollo Server reads', async () => {
    expect(() => combinePlugins([{ serverWillStart: () => Promise.resolve() }])).toThrow(/serverWillStart/);
    const executing = combinePlugins<Context>([
      { requestDidStart: () => Promise.resolve({ executionDidStart: () => Promise.resolve() }) },
    ]);
    await expect(executing.requestDidStart!(requestOf())).rejects.toThrow(/executionDidStart/);
  });
});
