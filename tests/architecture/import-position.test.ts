// Every module's imports come first: an import below code reads as if it were needed only from there on,
// and is easy to miss when reading what a module depends on.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");

/** "file:line" of each import that follows a statement that is not an import. */
function lateImports(file: string, text: string): string[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const late: string[] = [];
	let codeSeen = false;
	for (const statement of source.statements) {
		const isImport = ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement);
		if (!isImport) codeSeen = true;
		else if (codeSeen) late.push(`${file}:${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1}`);
	}
	return late;
}

describe("imports", () => {
	it("sit at the top of every module of main.ts and src/", () => {
		const files = [path.join(ROOT, "main.ts"), ...sourceFiles(path.join(ROOT, "src"), [])];
		const late = files.flatMap((f) => lateImports(path.relative(ROOT, f), fs.readFileSync(f, "utf8")));
		expect(late).toEqual([]);
	});

	it("lateImports finds an import below code, and none in a module that starts with its imports", () => {
		expect(lateImports("a.ts", 'import { x } from "./x";\nexport const y = x;\nimport { z } from "./z";\n')).toEqual(["a.ts:3"]);
		expect(lateImports("b.ts", '// why\nimport { x } from "./x";\nimport type { Z } from "./z";\nexport const y: Z = x;\n')).toEqual([]);
	});
});
