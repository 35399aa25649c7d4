// The fake editor in the main pane: a textarea over a MarkdownView's fake `Editor`. Typing goes into the
// Editor, every Editor change (commands, undo) shows in the textarea, and the textarea's caret is the
// Editor's cursor. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z are the Editor's undo and redo, as in Obsidian.
import { MarkdownView, debounce } from "../../fake-obsidian";

const WRAPPED = ["transaction", "setValue", "undo", "redo", "setCursor", "setSelection", "setSelections"] as const;

export function bindEditor(view: MarkdownView): HTMLTextAreaElement {
	const editor = view.editor;
	view.contentEl.addClass("ip-e2e-editor-host");
	const area = view.contentEl.createEl("textarea", { cls: "ip-e2e-editor", attr: { spellcheck: "false", "data-path": view.file?.path ?? "" } });
	let syncing = false;

	// Obsidian saves a note about two seconds after the last edit; the page saves sooner.
	const save = debounce(() => void view.save(), 300, true);

	const showEditor = (): void => {
		syncing = true;
		if (area.value !== editor.getValue()) area.value = editor.getValue();
		const from = editor.posToOffset(editor.getCursor("from"));
		const to = editor.posToOffset(editor.getCursor("to"));
		area.setSelectionRange(from, to);
		syncing = false;
	};
	const record = editor as unknown as Record<string, (...args: unknown[]) => unknown>;
	const setSelectionQuietly = editor.setSelection.bind(editor);
	for (const name of WRAPPED) {
		const original = record[name].bind(editor);
		record[name] = (...args: unknown[]) => {
			const before = editor.getValue();
			const result = original(...args);
			showEditor();
			scrollToCursor(view, area);
			if (editor.getValue() !== before) save();
			return result;
		};
	}

	area.addEventListener("input", () => {
		if (syncing) return;
		const caret = area.selectionStart;
		editor.setValue(area.value);
		editor.setCursor(editor.offsetToPos(caret));
	});
	const caretToEditor = (): void => {
		if (syncing || document.activeElement !== area) return;
		setSelectionQuietly(editor.offsetToPos(area.selectionStart), editor.offsetToPos(area.selectionEnd));
	};
	area.addEventListener("select", caretToEditor);
	area.addEventListener("keyup", caretToEditor);
	area.addEventListener("mouseup", caretToEditor);
	document.addEventListener("selectionchange", caretToEditor);
	area.addEventListener("keydown", (evt) => {
		if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === "z") {
			evt.preventDefault();
			if (evt.shiftKey) editor.redo();
			else editor.undo();
		}
	});
	area.addEventListener("focus", () => view.app.workspace.setActiveLeaf(view.leaf));
	showEditor();
	return area;
}

/** Puts the Editor's cursor line in view, as Obsidian scrolls to a linked line or an edit. */
export function scrollToCursor(view: MarkdownView, area: HTMLTextAreaElement): void {
	// Wrapped lines make "line × line height" wrong: measure the text above the caret in a mirror.
	// The mirror has the editor's font and padding (page.css); only its width follows the pane.
	const mirror = document.body.createDiv({ cls: "ip-e2e-editor-mirror" });
	mirror.setCssProps({ "--ip-e2e-editor-width": `${area.clientWidth}px` });
	mirror.setText(view.editor.getValue().slice(0, view.editor.posToOffset(view.editor.getCursor())) + "\u200b");
	const caretY = mirror.scrollHeight;
	mirror.remove();
	area.scrollTop = Math.max(0, caretY - area.clientHeight / 3);
}
