// A tiny static server on 127.0.0.1 for the page: dist/, the CJK font from node_modules, and the vault.
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { DIST_DIR, FONT_DIR } from "./build-page";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".woff2": "font/woff2",
	".woff": "font/woff",
};

export interface PageServer {
	url: string;
	close(): Promise<void>;
}

/** Serves a file under `base`, never outside it. */
function fileUnder(base: string, urlPath: string): string | null {
	const full = normalize(join(base, decodeURIComponent(urlPath)));
	if (!full.startsWith(base) || !existsSync(full) || !statSync(full).isFile()) return null;
	return full;
}

export async function startServer(vault: Record<string, string>, port = 0): Promise<PageServer> {
	const vaultJson = JSON.stringify(vault);
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? "/", "http://x").pathname;
		let file: string | null = null;
		if (path === "/vault.json") {
			res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
			res.end(vaultJson);
			return;
		}
		if (path.startsWith("/fonts/")) file = fileUnder(FONT_DIR, path.slice("/fonts/".length));
		else file = fileUnder(DIST_DIR, path === "/" ? "index.html" : path.slice(1));
		if (!file) {
			res.writeHead(404, { "content-type": "text/plain" });
			res.end("not found");
			return;
		}
		const cache = path.startsWith("/fonts/") ? "max-age=3600" : "no-store";
		res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cache });
		res.end(readFileSync(file));
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(port, "127.0.0.1", resolve);
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}/`,
		// close() alone waits for every kept-alive connection the browser still holds; drop them.
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
