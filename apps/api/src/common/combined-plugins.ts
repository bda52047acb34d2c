import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/** Request hooks whose results Apollo Server ignores: it awaits every listener's, together. */
const COMBINED_HOOKS = [
  'didResolveSource',
  'didResolveOperation',
  'didEncounterErrors',
  'willSendResponse',
  'didEncounterSubsequentErrors',
  'willSendSubsequentPayload',
] as const;

type CombinedHook = (typeof COMBINED_HOOKS)[number];
type Hook = (...args: unknown[]) => Promise<unknown>;

/**
 * Plugins with request hooks only, as one plugin. Apollo Server calls every hook of every plugin
 * on every request (an async call and a promise each, even for the plugins without that hook);
 * combined, a request costs one listener per hook that some plugin has. Each hook runs the
 * plugins' own in their order, together, as Apollo Server does (`Promise.all`: the first refusal
 * is the one reported), so what they do and the order they change the response in stay the same.
 * A plugin that returns the same listener on every request (all of the API's do) gets the same
 * combined listener too.
 */
export function combinePlugins<TContext extends BaseContext>(
  plugins: readonly ApolloServerPlugin<TContext>[],
): ApolloServerPlugin<TContext> {
  for (const plugin of plugins) {
    const other = Object.keys(plugin).filter((key) => key !== 'requestDidStart');
    if (other.length) throw new Error(`combinePlugins takes request hooks only, not ${other.join(', ')}`);
  }
  const starts = plugins.flatMap((plugin) => (plugin.requestDidStart ? [plugin.requestDidStart.bind(plugin)] : []));
  let last: { listeners: GraphQLRequestListener<TContext>[]; combined: GraphQLRequestListener<TContext> } | undefined;
  return {
    async requestDidStart(requestContext) {
      const listeners = (await Promise.all(starts.map((start) => start(requestContext)))).filter(
        (listener): listener is GraphQLRequestListener<TContext> => listener !== undefined,
      );
      if (
        !last ||
        last.listeners.length !== listeners.length ||
        last.listeners.some((listener, i) => listener !== listeners[i])
      ) {
        last = { listeners, combined: combineListeners(listeners) };
      }
      return last.combined;
    },
  };
}

function combineListeners<TContext extends BaseContext>(
  listeners: readonly GraphQLRequestListener<TContext>[],
): GraphQLRequestListener<TContext> {
  const combined: Partial<Record<CombinedHook, Hook>> = {};
  for (const listener of listeners) {
    const other = Object.keys(listener).filter((key) => !(COMBINED_HOOKS as readonly string[]).includes(key));
    if (other.length) throw new Error(`combinePlugins cannot combine the hooks ${other.join(', ')}`);
  }
  for (const name of COMBINED_HOOKS) {
    const hooks = listeners.flatMap((listener) => {
      const hook = (listener as Partial<Record<CombinedHook, Hook>>)[name];
      return hook ? [hook.bind(listener)] : [];
    });
    if (hooks.length === 1) combined[name] = hooks[0];
    else if (hooks.length > 1)
      combined[name] = async (...args) => {
        await Promise.all(hooks.map((hook) => hook(...args)));
      };
  }
  return combined as GraphQLRequestListener<TContext>;
}

/**
 * A plugin's `requestDidStart` answering every request with the same listener, for hooks that keep
 * nothing of a request between calls: nothing to build per request, and `combinePlugins` reuses
 * its combination.
 */
export function everyRequest<TContext extends BaseContext>(
  listener: GraphQLRequestListener<TContext>,
): () => Promise<GraphQLRequestListener<TContext>> {
  const answer = Promise.resolve(listener);
  return () => answer;
}
