package org.crossforce.statistics;

/** Takes a snapshot of one live table, exactly as the public pages show it at that moment. */
public interface StatisticsSnapshots {

	/**
	 * @param financialYear the year of the April that starts it, or null for every year
	 */
	StatisticsSnapshot take(Measure measure, Integer financialYear);

}
