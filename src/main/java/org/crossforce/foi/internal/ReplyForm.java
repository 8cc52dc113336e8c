package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The reply form's fields, as typed: the date as three GOV.UK date input boxes, what the reply says (a state, or
 * {@link #NO_CHANGE}), an extension's working days, the exemptions cited, the reply itself and its files.
 */
public final class ReplyForm {

	/** The radio for correspondence that moves the request nowhere. */
	static final String NO_CHANGE = "NO_CHANGE";

	private String effectiveOnDay;

	private String effectiveOnMonth;

	private String effectiveOnYear;

	private String outcome;

	private String extensionDays;

	private List<String> exemptions = new ArrayList<>();

	private String subject;

	private String body;

	private List<MultipartFile> files = new ArrayList<>();

	public String getEffectiveOnDay() {
		return effectiveOnDay;
	}

	public void setEffectiveOnDay(String effectiveOnDay) {
		this.effectiveOnDay = effectiveOnDay;
	}

	public String getEffectiveOnMonth() {
		return effectiveOnMonth;
	}

	public void setEffectiveOnMonth(String effectiveOnMonth) {
		this.effectiveOnMonth = effectiveOnMonth;
	}

	public String getEffectiveOnYear() {
		return effectiveOnYear;
	}

	public void setEffectiveOnYear(String effectiveOnYear) {
		this.effectiveOnYear = effectiveOnYear;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getExtensionDays() {
		return extensionDays;
	}

	public void setExtensionDays(String extensionDays) {
		this.extensionDays = extensionDays;
	}

	public List<String> getExemptions() {
		return exemptions;
	}

	public void setExemptions(List<String> exemptions) {
		this.exemptions = exemptions == null ? new ArrayList<>() : exemptions;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files == null ? new ArrayList<>() : files;
	}

}
