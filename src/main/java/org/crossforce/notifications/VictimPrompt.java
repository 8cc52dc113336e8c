package org.crossforce.notifications;

/** Why a victim is prompted to look at their case. The message says only that there is something to read. */
public enum VictimPrompt {

	/** The investigating force or the advocate wrote to them. */
	NEW_MESSAGE,
	/** A decision was recorded or their case moved on. */
	CASE_UPDATED

}
