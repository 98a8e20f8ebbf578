package org.maillage.limits;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much one request may ask. The defaults fit every operation of the contract with room to spare and refuse, in
 * milliseconds, what only an attack or a runaway client sends.
 *
 * @param maxBodySize the largest request body; a bigger one is refused with HTTP 413 before it is parsed
 * @param uploadPaths paths whose POSTed files are streamed to disk under a limit of their own (an import's
 *        {@code maillage.import.max-upload}), exempt from {@code maxBodySize}
 * @param maxDepth how deeply fields may nest (introspection excepted), counted from the operation's fields
 * @param maxAliases how many aliased fields one query may hold
 * @param maxCost the most a query may cost: each field costs 1, times the size of every list around it (a
 * connection's {@code first}, {@code listSize} for the lists inside an item), and rankings cost {@code rankingCost}
 * @param listSize what one list inside an item (an actor's know-how, a problem's needs) counts for
 * @param rankingCost what one ranking or proposal (matchActors, proposeWorkingGroup, proposeConglomerate) costs
 * @param deadline how long a request may run; past it the query stops and its database transaction is ended
 * @param stuckAfter a request still running this long after it started means the service no longer ends its work:
 * liveness turns DOWN so that the orchestrator restarts it
 */
@Validated
@ConfigurationProperties("maillage.limits")
public record RequestLimits(
		@NotNull @DefaultValue("64KB") DataSize maxBodySize,
		@Min(2) @DefaultValue("10") int maxDepth,
		@Min(0) @DefaultValue("30") int maxAliases,
		@Min(100) @DefaultValue("100000") long maxCost,
		@Min(1) @DefaultValue("10") int listSize,
		@Min(1) @DefaultValue("10000") int rankingCost,
		@NotNull @DefaultValue("10s") Duration deadline,
		@NotNull @DefaultValue("60s") Duration stuckAfter,
		@NotNull @DefaultValue("/imports") List<String> uploadPaths) {
}
