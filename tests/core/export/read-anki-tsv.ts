// A reader of the Anki TSV for tests: the file read back as Anki's importer reads it.
/** Reads the file as Anki's importer does: header lines start with "#", rows are tab-separated. */
export function readAnkiTsv(text: string): { headers: Record<string, string>; rows: string[][] } {
	const headers: Record<string, string> = {};
	const rows: string[][] = [];
	for (const line of text.split("\n")) {
		if (line === "") continue;
		if (line.startsWith("#")) {
			const i = line.indexOf(":");
			headers[line.slice(1, i)] = line.slice(i + 1);
		} else rows.push(line.split("\t"));
	}
	return { headers, rows };
}
