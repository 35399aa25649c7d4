// Draws setting definitions with `Setting` rows for Obsidian before 1.13, which has no renderer of its
// own for them: the tab's display() draws the same definitions that 1.13+ renders and searches, so the
// two cannot drift. Only what the tab declares is drawn: groups, lists, pages (inline, as a headed
// section), controls, render rows and actions.
import { Setting } from "obsidian";
import type { SettingControl, SettingDefinition, SettingDefinitionItem, SettingDefinitionList, SettingGroup } from "obsidian";

export interface RenderHost {
	getControlValue(key: string): unknown;
	setControlValue(key: string, value: unknown): void | Promise<void>;
	/** Tooltip of a list entry's delete button. */
	removeLabel: string;
}

type Flag = boolean | (() => boolean) | undefined;
const on = (flag: Flag, fallback: boolean): boolean => (flag === undefined ? fallback : typeof flag === "function" ? flag() : flag);

/** Draws `items` into `el`; returns the cleanup the render rows asked for. */
export function renderDefinitions(el: HTMLElement, items: SettingDefinitionItem[], host: RenderHost): () => void {
	const cleanups: (() => void)[] = [];
	const drawItems = (parent: HTMLElement, list: SettingDefinitionItem[], onDelete?: (index: number) => void): void => {
		list.forEach((item, index) => {
			if (!on(item.visible, true)) return;
			if (!("type" in item)) return drawDefinition(parent, item, index, onDelete);
			if (item.type === "page") {
				const heading = new Setting(parent).setName(item.name).setHeading();
				if (item.desc) heading.setDesc(item.desc);
				drawItems(parent, item.items ?? []);
				return;
			}
			if (item.heading) new Setting(parent).setName(item.heading).setHeading();
			const box = parent.createDiv({ cls: item.cls });
			const entries = item.items ?? [];
			const empty = item.type === "list" ? (item as SettingDefinitionList).emptyState : undefined;
			if (entries.length === 0 && empty) box.createDiv({ cls: "setting-item-description", text: empty });
			drawItems(box, entries, item.type === "list" ? (item as SettingDefinitionList).onDelete : undefined);
		});
	};

	const drawDefinition = (parent: HTMLElement, def: SettingDefinition, index: number, onDelete?: (index: number) => void): void => {
		const setting = new Setting(parent);
		if (def.action) {
			// An action row is the button itself here; 1.13 makes the whole row clickable.
			if (def.desc) setting.setDesc(def.desc);
			setting.addButton((b) => b.setButtonText(def.name).onClick(() => def.action?.(setting.settingEl, index)));
			return;
		}
		setting.setName(def.name);
		if (def.desc) setting.setDesc(def.desc);
		if (def.render) {
			// The tab's render rows never use the group (Obsidian before 1.11 has none).
			const cleanup = def.render(setting, null as unknown as SettingGroup);
			if (cleanup) cleanups.push(cleanup);
		} else if (def.control) {
			drawControl(setting, def.control);
		}
		if (onDelete) setting.addExtraButton((b) => b.setIcon("x").setTooltip(host.removeLabel).onClick(() => onDelete(index)));
	};

	const drawControl = (setting: Setting, control: SettingControl): void => {
		const stored = host.getControlValue(control.key);
		const value = stored ?? control.defaultValue;
		const errorEl = setting.infoEl.createDiv({ cls: "setting-item-description mod-warning" });
		errorEl.hide();
		/** As Obsidian 1.13 does: validate, then show the message or save. */
		const commit = async <V>(validate: ((v: V) => string | void | Promise<string | void>) | undefined, v: V): Promise<void> => {
			const message = await validate?.(v);
			errorEl.setText(message || "");
			errorEl.toggle(Boolean(message));
			if (!message) await host.setControlValue(control.key, v);
		};
		switch (control.type) {
			case "toggle":
				setting.addToggle((t) => t.setValue(value === true).onChange((v) => void commit(control.validate, v)));
				break;
			case "dropdown":
				setting.addDropdown((d) => d.addOptions(control.options).setValue(typeof value === "string" ? value : "").onChange((v) => void commit(control.validate, v)));
				break;
			case "slider": {
				const format = control.displayFormat ?? String;
				// Older Obsidian shows a slider's value only in a hover tooltip: show it next to the slider.
				const shown = setting.controlEl.createSpan({ text: format(Number(value)) });
				setting.addSlider((sl) =>
					sl
						.setLimits(control.min, control.max, control.step)
						.setValue(Number(value))
						.onChange((v) => {
							shown.setText(format(v));
							void commit(control.validate, v);
						}),
				);
				break;
			}
			case "number":
				setting.addText((t) => {
					t.inputEl.type = "number";
					if (control.min !== undefined) t.inputEl.min = String(control.min);
					if (control.max !== undefined) t.inputEl.max = String(control.max);
					if (control.step !== undefined) t.inputEl.step = String(control.step);
					t.setValue(typeof value === "number" ? String(value) : "").onChange((text) => {
						const n = text.trim() === "" ? NaN : Number(text);
						void commit(control.validate, Number.isFinite(n) ? n : (control.defaultValue ?? 0));
					});
				});
				break;
			default:
				// Text-like controls (text, textarea, file, folder, color): a plain text field.
				setting.addText((t) => t.setValue(typeof value === "string" ? value : "").onChange((v) => void commit(control.validate as ((v: string) => string | void) | undefined, v)));
		}
		if (on(control.disabled, false)) setting.setDisabled(true);
		// Like 1.13: a stored value that fails validation shows its message at once (nothing is changed).
		void Promise.resolve((control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined)?.(value)).then((message) => {
			if (message) {
				errorEl.setText(message);
				errorEl.show();
			}
		});
	};

	drawItems(el, items);
	return () => {
		for (const cleanup of cleanups.splice(0)) cleanup();
	};
}
