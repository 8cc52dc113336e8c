package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;

/** The fields of the new campaign and edit pages: the text, and for a new campaign, the authorities it goes to. */
public class CampaignForm {

	private String title;

	private String subject;

	private String body;

	private String scope;

	private String region;

	private List<String> codes = new ArrayList<>();

	Campaigns.AuthorityChoice choice() {
		Campaigns.Scope chosen = null;
		for (Campaigns.Scope each : Campaigns.Scope.values()) {
			if (each.name().equals(scope)) {
				chosen = each;
			}
		}
		return new Campaigns.AuthorityChoice(chosen, region, codes);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public List<String> getCodes() {
		return codes;
	}

	public void setCodes(List<String> codes) {
		this.codes = codes == null ? new ArrayList<>() : codes;
	}

}
