import {
  OperationNodeTransformer,
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

/** Looks at every bound value of a query; changes nothing. */
class ValueInspector extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    check(node.value);
    return node;
  }

  protected override transformPrimitiveValueList(
    node: PrimitiveValueListNode,
  ): PrimitiveValueListNode {
    for (const v of node.values) check(v);
    return node;
  }
}

/**
 * The last net for text no engine may store alike (NUL): any query binding such a string fails
 * with the same 400 on SQLite and PostgreSQL, before it reaches the database. The HTTP edge names
 * the field first (src/http/plugins/text-guard.ts); this catches the paths it cannot see (CLI
 * imports, file names, values built by commands).
 */
export class TextGuardPlugin implements KyselyPlugin {
  readonly #inspector = new ValueInspector();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#inspector.transformNode(args.node);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
