// Suggests note names while typing a hub (Obsidian's AbstractInputSuggest under a text field).
import { AbstractInputSuggest, type App, type TFile } from "obsidian";

const LIMIT = 20;

export class NoteSuggest extends AbstractInputSuggest<TFile> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly choose: (name: string) => void,
	) {
		super(app, input);
	}

	protected getSuggestions(query: string): TFile[] {
		const q = query.trim().toLowerCase();
		const files = this.app.vault.getMarkdownFiles().filter((f) => q === "" || f.path.toLowerCase().includes(q));
		// Names that start with the query first, then shorter paths.
		files.sort((a, b) => Number(!a.basename.toLowerCase().startsWith(q)) - Number(!b.basename.toLowerCase().startsWith(q)) || a.path.length - b.path.length);
		return files.slice(0, LIMIT);
	}

	renderSuggestion(file: TFile, el: HTMLElement): void {
		el.createDiv({ text: file.basename, cls: "interview-prep-suggest-name" });
		if (file.parent && !file.parent.isRoot()) el.createDiv({ text: file.parent.path, cls: "interview-prep-suggest-path" });
	}

	selectSuggestion(file: TFile): void {
		this.input.value = "";
		this.choose(file.basename);
		this.close();
	}
}
