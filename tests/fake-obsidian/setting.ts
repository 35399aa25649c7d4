// Fakes of `Setting` (https://docs.obsidian.md/Reference/TypeScript+API/Setting) and its components
// (`TextComponent`, `TextAreaComponent`, `ToggleComponent`, `DropdownComponent`, `SliderComponent`,
// `ButtonComponent`, `ExtraButtonComponent`). Real DOM inputs: tests set `.value` and dispatch
// 'input'/'change', or click, like a person would.
import { setIcon } from "./util";

/** Imitates `BaseComponent`. */
export abstract class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** Imitates `ValueComponent<T>`. */
export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(_listeners: Record<string, (value?: T) => T>, _key: string): this {
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** Imitates `AbstractTextComponent`: onChange fires on the input's 'input' event. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallback: ((value: string) => unknown) | null = null;
	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Imitates `TextComponent`. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

/** Imitates `TextAreaComponent`. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

/** Imitates `ToggleComponent`: a `.checkbox-container` that flips `is-enabled` on click. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.createEl("input", { type: "checkbox" });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		if (changed) void this.changeCallback?.(on);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}
	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Imitates `DropdownComponent`: a `<select>`; onChange fires on its 'change' event. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.selectEl.value));
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Imitates `SliderComponent`: an `<input type=range>`; onChange fires on 'input'. */
export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCallback: ((value: number) => unknown) | null = null;
	private format: (value: number) => string = String;
	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => void this.changeCallback?.(this.getValue()));
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.sliderEl.disabled = disabled;
		return this;
	}
	setInstant(_instant: boolean): this {
		return this;
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return this.format(this.getValue());
	}
	setDisplayFormat(format: (value: number) => string): this {
		this.format = format;
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Imitates `ButtonComponent`. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setDestructive(): this {
		return this.setWarning();
	}
	removeDestructive(): this {
		this.buttonEl.removeClass("mod-warning");
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void callback(e));
		return this;
	}
}

/** Imitates `ExtraButtonComponent`: a small icon button. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
	}
	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttr("aria-label", tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => void callback());
		return this;
	}
}

/** Stands in for controls the fake does not draw (colour picker, progress bar, moment format). */
class InertComponent extends BaseComponent {}

/** Imitates `Setting`: `.setting-item` with an info part (name, description) and a control part. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.nameEl.setAttr("aria-label", tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	setErrorMessage(message: string | null): this {
		if (message === null) {
			this.errorEl?.remove();
			this.errorEl = null;
		} else {
			this.errorEl ??= this.infoEl.createDiv({ cls: "setting-item-error" });
			this.errorEl.setText(message);
		}
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (c: never) => unknown): this {
		this.components.push(component);
		(cb as (c: C) => unknown)(component);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: never) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	// Rarely used controls: the fake hands the callback an inert component.
	addDisplayValue(cb: (component: never) => unknown): this {
		return this.add(new InertComponent(), cb);
	}
	addMomentFormat(cb: (component: never) => unknown): this {
		return this.add(new InertComponent(), cb);
	}
	addColorPicker(cb: (component: never) => unknown): this {
		return this.add(new InertComponent(), cb);
	}
	addProgressBar(cb: (component: never) => unknown): this {
		return this.add(new InertComponent(), cb);
	}
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

/** Imitates `SettingGroup` (1.11+): a heading and a list of `Setting` rows. */
export class SettingGroup {
	listEl: HTMLElement;
	private readonly groupEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv({ cls: "setting-group" });
		this.listEl = this.groupEl.createDiv({ cls: "setting-items" });
	}
	setHeading(text: string | DocumentFragment): this {
		this.groupEl.prepend(new Setting(this.groupEl).setName(text).setHeading().settingEl);
		return this;
	}
	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}
	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
	addSearch(cb: (component: never) => unknown): this {
		(cb as (c: TextComponent) => unknown)(new TextComponent(this.groupEl));
		return this;
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		cb(new ExtraButtonComponent(this.groupEl));
		return this;
	}
}
