package org.maillage.actor;

import java.util.List;

public record ProblemFilter(String text, List<ProblemCategory> categories, List<ProblemStatus> statuses,
		List<String> territories) {

	public static final ProblemFilter NONE = new ProblemFilter(null, null, null, null);

}
