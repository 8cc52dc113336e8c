package org.crossforce.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that a module refuses, naming the field at fault and a message from {@code messages.properties}. The API
 * answers it with 400 problem details naming the field; pages show it beside the field.
 */
public class InvalidInput extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public InvalidInput(String field, String code, Object... arguments) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}

	@Override
	public String getDefaultMessage() {
		return code;
	}

}
