package org.maillage.actor.persistence;

import org.maillage.database.StartupStep;

import org.springframework.stereotype.Component;

/** Brings the directory entries up to date at start-up, before anyone searches them ({@link DirectoryEntries#bringUpToDate()}). */
@Component
class DirectoryEntryBackfill extends StartupStep {

	private final DirectoryEntries entries;

	DirectoryEntryBackfill(DirectoryEntries entries) {
		super(DERIVED_DATA);
		this.entries = entries;
	}

	@Override
	protected void perform() {
		this.entries.bringUpToDate();
	}

}
