package org.crossforce.calendar;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input the calendar cannot answer: a count of working days out of range, or a date outside the years it covers. It
 * names the argument at fault and resolves, through {@code messages.properties}, to a message telling a person how to
 * put it right.
 */
public class CalendarArgumentException extends IllegalArgumentException implements MessageSourceResolvable {

	private final String argument;

	private final String messageCode;

	private final Object[] messageArguments;

	CalendarArgumentException(String argument, String messageCode, Object... messageArguments) {
		super(argument + ": " + messageCode + " " + Arrays.toString(messageArguments));
		this.argument = argument;
		this.messageCode = messageCode;
		this.messageArguments = messageArguments.clone();
	}

	/** The name of the argument at fault, as in the method signature (and the HTTP parameter): "from", "to"... */
	public String argument() {
		return argument;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageCode };
	}

	@Override
	public Object[] getArguments() {
		return messageArguments.clone();
	}

}
