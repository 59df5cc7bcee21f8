// Rewrites `uni.getImageInfo` (a member of a global object) into a named import, on the ESTree
// that Vite's `this.parse` gives: the uni plugin's one piece of code surgery.

interface NodeLike {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is NodeLike {
  return typeof value === 'object' && value !== null && typeof (value as NodeLike).type === 'string';
}

function* walk(node: NodeLike): Generator<NodeLike> {
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield* walk(item);
    } else if (isNode(value)) yield* walk(value);
  }
}

/** Names the module binds itself (imports, declarations, parameters): a local `uni` is left alone. */
function boundNames(ast: NodeLike): Set<string> {
  const names = new Set<string>();
  const add = (pattern: unknown) => {
    if (!isNode(pattern)) return;
    for (const node of walk(pattern)) if (node.type === 'Identifier') names.add(node.name as string);
  };
  for (const node of walk(ast)) {
    if (node.type === 'VariableDeclarator') add(node.id);
    else if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') add(node.local);
    else if (/Function/.test(node.type)) for (const param of (node.params as unknown[]) ?? []) add(param);
  }
  return names;
}

/**
 * `code` with every `<global>.<name>` (not computed, not assigned to) for a global in `globals`
 * that the module does not bind itself and a name in `names` replaced by an import of that name
 * from `source`.
 */
export function rewriteGlobalCalls(code: string, ast: unknown, globals: readonly string[], names: readonly string[], source: string): string {
  if (!isNode(ast)) return code;
  const bound = boundNames(ast);
  const free = globals.filter((name) => !bound.has(name));
  const assigned = new Set<NodeLike>();
  for (const node of walk(ast)) if (node.type === 'AssignmentExpression' && isNode(node.left)) assigned.add(node.left);
  const edits: { start: number; end: number; name: string }[] = [];
  for (const node of walk(ast)) {
    if (node.type !== 'MemberExpression' || node.computed || assigned.has(node)) continue;
    const object = node.object as NodeLike;
    const property = node.property as NodeLike;
    if (object.type !== 'Identifier' || !free.includes(object.name as string)) continue;
    if (property.type !== 'Identifier' || !names.includes(property.name as string)) continue;
    edits.push({ start: node.start, end: node.end, name: property.name as string });
  }
  if (!edits.length) return code;
  const local = (name: string) => `__wxImageKit_${name}`;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + local(edit.name) + out.slice(edit.end);
  const imported = [...new Set(edits.map((edit) => edit.name))].map((name) => `${name} as ${local(name)}`);
  return `import { ${imported.join(', ')} } from ${JSON.stringify(source)};\n${out}`;
}
