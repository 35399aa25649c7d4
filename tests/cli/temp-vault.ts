// A vault folder written to the system's temp folder for one test file; removed after the file's tests.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";

export function tempVaults(prefix: string): (files: Record<string, string | Uint8Array>) => string {
	const temps: string[] = [];
	afterAll(() => {
		for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
	});
	return (files) => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
		temps.push(dir);
		for (const [rel, content] of Object.entries(files)) {
			const abs = path.join(dir, rel);
			fs.mkdirSync(path.dirname(abs), { recursive: true });
			fs.writeFileSync(abs, content);
		}
		return dir;
	};
}
