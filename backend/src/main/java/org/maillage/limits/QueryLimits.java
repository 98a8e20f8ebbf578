package org.maillage.limits;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;

import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Weighs a query before anything of it runs, and refuses it as a BAD_REQUEST when it nests too deeply, holds too
 * many aliases or costs too much ({@link RequestLimits}). The schema loops (an actor's know-how has an actor, which
 * has know-how…), so without this one small query could ask for an exponential answer.
 * <p>
 * Cost: every field costs 1 (a ranking, {@code rankingCost}), multiplied by the size of every list it sits in — a
 * connection's {@code first} (at most {@value PageRequest#MAX_SIZE}), and {@code listSize} for a list inside an item.
 * Introspection is left to graphql-java's own guard (GoodFaithIntrospection), since its standard query nests deeply.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	/**
	 * Fields that run a ranking or an analysis of a whole territory each (hundreds of milliseconds at 100,000 actors,
	 * docs/observatory.md); their cost is that of the ranking, not of one field.
	 */
	private static final Set<String> RANKINGS = Set.of("matchActors", "proposeWorkingGroup", "proposeConglomerate",
			"matchMarkReplay", "valueChainCoverage", "recurringProblems", "networkInsights", "problemsICouldHelpWith");

	private final RequestLimits limits;

	private final Messages messages;

	QueryLimits(RequestLimits limits, Messages messages) {
		this.limits = limits;
		this.messages = messages;
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Weight weight = weigh(execution);
		if (weight.depth > this.limits.maxDepth()) {
			throw refusal(execution, "depth", this.limits.maxDepth(), weight.depth);
		}
		if (weight.aliases > this.limits.maxAliases()) {
			throw refusal(execution, "aliases", this.limits.maxAliases(), weight.aliases);
		}
		if (weight.cost > this.limits.maxCost()) {
			throw refusal(execution, "cost", this.limits.maxCost(), weight.cost);
		}
		return SimpleInstrumentationContext.noOp();
	}

	private Weight weigh(ExecutionContext execution) {
		Weight weight = new Weight();
		QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {

				@Override
				public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment field) {
					if (field.getFieldDefinition().getName().startsWith("__")) {
						return TraversalControl.ABORT;
					}
					weight.add(field, QueryLimits.this.limits);
					return TraversalControl.CONTINUE;
				}

			});
		return weight;
	}

	private AbortExecutionException refusal(ExecutionContext execution, String limit, long maximum, long actual) {
		String message = this.messages.render(Message.of("limits.query." + limit, maximum, actual),
				execution.getLocale());
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("limit", limit, "maximum", maximum, "actual", actual))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	/** What a query asks, summed over its fields. */
	static final class Weight {

		int depth;

		int aliases;

		long cost;

		void add(QueryVisitorFieldEnvironment field, RequestLimits limits) {
			int level = 0;
			long multiplier = 1;
			for (QueryVisitorFieldEnvironment up = field.getParentEnvironment(); up != null; up = up.getParentEnvironment()) {
				level++;
				multiplier = saturatedTimes(multiplier, listFactor(up, limits));
			}
			this.depth = Math.max(this.depth, level + 1);
			if (field.getField().getAlias() != null) {
				this.aliases++;
			}
			long own = RANKINGS.contains(field.getFieldDefinition().getName()) && field.getParentEnvironment() == null
					? limits.rankingCost() : 1;
			this.cost = saturatedPlus(this.cost, saturatedTimes(multiplier, own));
		}

		/** How many times what is below this field is fetched for one of it. */
		private static long listFactor(QueryVisitorFieldEnvironment field, RequestLimits limits) {
			if (field.getArguments().get("first") instanceof Number first) {
				return Math.max(1, Math.min(first.longValue(), PageRequest.MAX_SIZE));
			}
			boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
			// a connection's edges are its `first`, counted on the connection field itself
			return list && !field.getFieldDefinition().getName().equals("edges") ? limits.listSize() : 1;
		}

		private static long saturatedTimes(long a, long b) {
			long product = a * b;
			return (a != 0 && product / a != b) || product < 0 ? Long.MAX_VALUE : product;
		}

		private static long saturatedPlus(long a, long b) {
			long sum = a + b;
			return sum < 0 ? Long.MAX_VALUE : sum;
		}

	}

}
