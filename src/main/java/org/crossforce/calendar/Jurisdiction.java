package org.crossforce.calendar;

/**
 * The three parts of the United Kingdom that each have their own bank holidays (Banking and Financial Dealings Act
 * 1971, Schedule 1).
 */
public enum Jurisdiction {

	ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND

}
