package org.maillage.audit.graphql;

import org.maillage.audit.AuditEntry;
import org.maillage.audit.AuditTrail;
import org.maillage.core.Connection;
import org.maillage.core.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@QueryMapping
	Connection<AuditEntry> auditTrail(@Argument String subject, @Argument String target, @Argument Integer first,
			@Argument String after) {
		return this.trail.read(subject, target, PageRequest.of(first, after));
	}

}
