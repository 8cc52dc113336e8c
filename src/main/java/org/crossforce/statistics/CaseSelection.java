package org.crossforce.statistics;

/** Whether figures count only the service's real cases or also the synthetic cases generated for load and demos. */
public enum CaseSelection {

	REAL_ONLY,
	/** Real and synthetic cases together; {@link LiveFigures#includesSynthetic()} says whether any were counted. */
	INCLUDING_SYNTHETIC

}
