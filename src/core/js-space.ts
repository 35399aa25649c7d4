// JavaScript's `\s` as a test of one UTF-16 unit: for scans that read character codes instead of
// running a pattern (a pattern per line costs a slice and a call).

/** Whether `\s` matches this unit. */
export function isJsSpace(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
