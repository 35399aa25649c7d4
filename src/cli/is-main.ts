// Whether the module at `url` is the script Node was started with (so `tsx src/cli/x.ts` runs it and
// tests may import it without running it). realpath: npm may start it through a link.
import * as fs from "node:fs";
import { pathToFileURL } from "node:url";

export function isMain(url: string): boolean {
	const entry = process.argv[1];
	if (!entry) return false;
	try {
		return url === pathToFileURL(fs.realpathSync(entry)).href;
	} catch {
		return false;
	}
}
