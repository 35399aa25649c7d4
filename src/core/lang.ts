// Which language a text is mostly written in, for UI defaults and speaking-time estimates.
import type { Lang } from "./types";

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
const LATIN_WORD = /[A-Za-z]+/g;

/** "zh" when CJK characters outnumber Latin words, else "en" (empty text is "en"). */
export function detectLang(text: string): Lang {
	const cjk = text.match(CJK)?.length ?? 0;
	const words = text.match(LATIN_WORD)?.length ?? 0;
	return cjk > 0 && cjk >= words ? "zh" : "en";
}
