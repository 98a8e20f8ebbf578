package org.maillage.importing;

/** Reads a file's lines as actors' records, in one layout: SIRENE establishments, or an actor file. */
interface RecordLines {

	/** The line's record, or the reason it is rejected. */
	CheckedRecord check(ImportFile.Line line);

}
