import {
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import { forbiddenCharError, hasForbiddenChar } from '../domain/text/forbidden-chars.js';

function check(value: unknown): void {
  if (typeof value === 'string' && hasForbiddenChar(value)) throw forbiddenCharError(null);
}

/**
 * Looks at every bound value of a query tree; changes nothing. A plain walk over the nodes' own
 * properties: Kysely's OperationNodeTransformer rebuilt and froze every node of every query
 * (a tenth of an intake's CPU in its profile, issue 16).
 */
function inspect(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) inspect(x);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const kind = (node as { kind?: unknown }).kind;
  if (kind === 'ValueNode') return check((node as ValueNode).value);
  if (kind === 'PrimitiveValueListNode') {
    for (const v of (node as PrimitiveValueListNode).values) check(v);
    return;
  }
  for (const key in node) inspect((node as Record<string, unknown>)[key]);
}

/**
 * The last net for text no engine may store alike (NUL): any query binding such a string fails
 * with the same 400 on SQLite and PostgreSQL, before it reaches the database. The HTTP edge names
 * the field first (src/http/plugins/text-guard.ts); this catches the paths it cannot see (CLI
 * imports, file names, values built by commands).
 */
export class TextGuardPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    inspect(args.node);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
