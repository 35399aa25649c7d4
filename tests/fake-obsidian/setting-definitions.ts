// What Obsidian 1.13+ does with a settings tab's declarative definitions (getSettingDefinitions), for
// tests: its settings search, and a person using a row — changing a control (validate, then
// setControlValue), drawing a `render` row, clicking an action, deleting a list entry. Read from
// `tab.settingItems`, which `update()` fills (addSettingTab calls it, as Obsidian does).
import type * as Real from "obsidian";
import { Setting, SettingGroup } from "./setting";

type Tab = Pick<Real.PluginSettingTab, "settingItems" | "setControlValue" | "containerEl">;
type Flag = boolean | (() => boolean) | undefined;
const on = (flag: Flag): boolean => (flag === undefined ? true : typeof flag === "function" ? flag() : flag);

export interface FoundDefinition {
	def: Real.SettingDefinition;
	/** The list it is an entry of, and its index there (for onDelete). */
	list: Real.SettingDefinitionList | null;
	index: number;
}

/** Every visible setting definition, through groups, lists and pages, in order. */
export function allDefinitions(items: Real.SettingDefinitionItem[]): FoundDefinition[] {
	const out: FoundDefinition[] = [];
	const walk = (list: Real.SettingDefinitionItem[], parent: Real.SettingDefinitionList | null): void => {
		list.forEach((item, index) => {
			if (!on(item.visible)) return;
			if (!("type" in item)) out.push({ def: item, list: parent, index });
			else if (item.type === "page") walk(item.items ?? [], null);
			else walk(item.items ?? [], item.type === "list" ? (item as Real.SettingDefinitionList) : null);
		});
	};
	walk(items, null);
	return out;
}

/** Names of the visible, searchable settings whose name, description or alias holds `query` (any case). */
export function searchSettings(tab: Tab, query: string): string[] {
	const q = query.toLowerCase();
	return allDefinitions(tab.settingItems)
		.map((f) => f.def)
		.filter((def) => on(def.searchable))
		.filter((def) => [def.name, typeof def.desc === "string" ? def.desc : (def.desc?.textContent ?? ""), ...(def.aliases ?? [])].some((t) => t.toLowerCase().includes(q)))
		.map((def) => def.name);
}

export function findSetting(tab: Tab, name: string): FoundDefinition {
	const found = allDefinitions(tab.settingItems).find((f) => f.def.name === name);
	if (!found) throw new Error(`no setting definition named ${name}`);
	return found;
}

/**
 * A person changes a control: Obsidian validates the value, shows the message and keeps the old value
 * when it is rejected, or calls setControlValue. Returns the message shown, or null.
 */
export async function changeSetting(tab: Tab, name: string, value: unknown): Promise<string | null> {
	const { control } = findSetting(tab, name).def;
	if (!control) throw new Error(`${name} is not a control`);
	const validate = control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
	const message = await validate?.(value);
	if (message) return message;
	await tab.setControlValue(control.key, value);
	return null;
}

/** Draws a `render` row the way Obsidian does: a Setting with the definition's name and description. */
export function drawSetting(tab: Tab, name: string): Setting {
	const { def } = findSetting(tab, name);
	if (!def.render) throw new Error(`${name} is not a render row`);
	const group = new SettingGroup(tab.containerEl);
	const setting = new Setting(group.listEl).setName(def.name);
	if (def.desc) setting.setDesc(def.desc);
	def.render(setting, group);
	return setting;
}

/** A person clicks an action row. */
export function runAction(tab: Tab, name: string): void {
	const { def, index } = findSetting(tab, name);
	if (!def.action) throw new Error(`${name} is not an action`);
	def.action(tab.containerEl, index);
}

/** A person deletes a list entry (its delete button, or Delete on the focused row). */
export function deleteEntry(tab: Tab, name: string): void {
	const { list, index } = findSetting(tab, name);
	if (!list?.onDelete) throw new Error(`${name} is not a deletable list entry`);
	list.onDelete(index);
}

/** Shows the tab the way Obsidian before 1.13 does: it calls the tab's display(). */
export function displayAsOlderObsidian(tab: { display(): void }): void {
	tab.display();
}
