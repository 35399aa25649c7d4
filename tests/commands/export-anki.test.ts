// @vitest-environment happy-dom
// The export command against the fake Obsidian: the file is written through the Vault API and read back.
import { describe, expect, it } from "vitest";
import type * as Real from "obsidian";
import { Notice, Plugin, TFile } from "../fake-obsidian/index";
import { makeApp } from "../fake-obsidian/make-app";
import { EXPORT_ANKI_COMMAND, registerExportCommand } from "../../src/commands/export-anki";
import { mockLogVault } from "../../src/vault/mock-log-vault";
import { fixtureNotes, makeCoverageServices } from "../views/coverage/coverage-services";
import { readAnkiTsv } from "../core/export/read-anki-tsv";

class TestPlugin extends Plugin {}
const MANIFEST = { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" };

describe("Export questions for Anki", () => {
	it("writes a new TSV into the mock folder through the vault, every question once, and a second export beside it", async () => {
		const app = makeApp({ files: Object.fromEntries(fixtureNotes().map((n) => [n.path, n.text])) });
		const plugin = new TestPlugin(app, MANIFEST);
		plugin.load();
		const services = makeCoverageServices();
		registerExportCommand(plugin as unknown as Real.Plugin, services, mockLogVault(app.vault));
		const run = async (): Promise<string> => {
			const before = new Set(app.vault.getFiles().map((f) => f.path));
			expect(app.executeCommandById(`interview-prep:${EXPORT_ANKI_COMMAND}`)).toBe(true);
			await new Promise((r) => setTimeout(r, 0));
			const made = app.vault.getFiles().filter((f) => !before.has(f.path));
			expect(made).toHaveLength(1);
			return made[0].path;
		};
		const path = await run();
		expect(path).toMatch(/^Interview practice\/Anki export 2025-05-01 10\.00\.tsv$/);
		const file = app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`no file at ${path}`);
		const { rows } = readAnkiTsv(await app.vault.read(file));
		const canonical = services.getIndex().questions.filter((q) => q.variantOf === null);
		expect(rows.map((r) => r[1])).toEqual(canonical.map((q) => q.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")));
		expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
		expect(Notice.messages.at(-1)).toContain(path);
		expect(await run()).toBe("Interview practice/Anki export 2025-05-01 10.00 2.tsv");
	});
});
