#!/usr/bin/env node
// Lists the functions in src/ longer than a limit (default 100 lines), longest first, as
// `file:line name (N lines)`. A function may stay long when the line before it (or its JSDoc)
// carries a comment with `long-function:` saying why; those are listed as allowed.
// test/long-functions.test.ts keeps the list empty.
//
//   node scripts/long-functions.mjs [limit]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The name a reader would use for a function node. */
function nameOf(node, sf) {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(sf);
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)))
    return p.name.getText(sf);
  return '(anonymous)';
}

/** The class a method belongs to, for `Class.method`. */
function qualified(node, sf) {
  const name = nameOf(node, sf);
  const cls = node.parent && ts.isClassLike(node.parent) ? node.parent.name?.getText(sf) : undefined;
  return cls ? `${cls}.${name}` : name;
}

/** Comments just above the function (or above the statement that declares it). */
function leadingComments(node, sf) {
  let n = node;
  while (n.parent && !ts.isSourceFile(n.parent) && !ts.isBlock(n.parent) && !ts.isClassLike(n.parent)) n = n.parent;
  const ranges = ts.getLeadingCommentRanges(sf.text, n.getFullStart()) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join('\n');
}

export function longFunctions(limit = 100, root = SRC) {
  const found = [];
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'),
  );
  for (const e of files) {
    const abs = path.join(e.parentPath, e.name);
    const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
        const lines = end - start + 1;
        if (lines > limit) {
          const why = /long-function:\s*([^]*?)(?:\n\s*\*\s*\n|\*\/|$)/
            .exec(leadingComments(node, sf))?.[1]
            ?.replace(/\s*\n\s*(\*|\/\/)\s*/g, ' ')
            .trim();
          found.push({
            file: path.relative(root, abs).split(path.sep).join('/'),
            line: start,
            name: qualified(node, sf),
            lines,
            ...(why ? { why } : {}),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const limit = Number(process.argv[2] ?? 100);
  for (const f of longFunctions(limit))
    console.log(`src/${f.file}:${f.line} ${f.name} (${f.lines} lines)${f.why ? ` — allowed: ${f.why}` : ''}`);
}
