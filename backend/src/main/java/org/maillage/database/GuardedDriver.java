package org.maillage.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import org.maillage.core.Deadline;

/**
 * The driver every part of the service uses (Spring Data Neo4j, health checks, start-up work), with two guards
 * applied to each session it opens:
 * <ul>
 * <li>a transaction started while a request {@link Deadline} is running times out at that deadline (or sooner if it
 * asked for less), so that an abandoned request cannot hold a transaction, and one started past the deadline is
 * refused before it reaches the database;</li>
 * <li>the notifications the database attaches to a result (an unknown label on a fresh database, a deprecation) are
 * logged once per statement, at DEBUG ({@link QueryNotifications}), rather than at every execution.</li>
 * </ul>
 * A dynamic proxy, because the driver's interfaces are large and only a few of their methods need a guard.
 */
final class GuardedDriver {

	/** Session methods that start a transaction and have an overload taking a {@link TransactionConfig}. */
	private static final Set<String> STARTING = Set.of("run", "beginTransaction", "executeRead", "executeWrite",
			"executeWriteWithoutResult");

	/** The status code of a transaction the database ended at the timeout its client gave. */
	static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";

	private GuardedDriver() {
	}

	static Driver wrap(Driver driver, QueryNotifications notifications) {
		return proxy(Driver.class, driver, notifications);
	}

	private static <T> T proxy(Class<T> type, T target, QueryNotifications notifications) {
		return type.cast(Proxy.newProxyInstance(GuardedDriver.class.getClassLoader(), new Class<?>[] { type },
				new Guard(target, notifications)));
	}

	private record Guard(Object target, QueryNotifications notifications) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object[] given = args == null ? new Object[0] : args;
			if (method.getDeclaringClass() == Object.class) {
				return method.getName().equals("equals") ? proxy == given[0] : call(method, given);
			}
			Object result = this.target instanceof Session session && STARTING.contains(method.getName())
					? startInTime(session, method, given) : call(method, given);
			return guard(result);
		}

		/** Runs a session method that starts a transaction with the deadline's timeout, when there is a deadline. */
		private Object startInTime(Session session, Method method, Object[] args) throws Throwable {
			Deadline deadline = Deadline.current().orElse(null);
			if (deadline == null) {
				return call(method, args);
			}
			refuseIfPassed(deadline);
			Class<?>[] types = method.getParameterTypes();
			if (types.length > 0 && types[types.length - 1] == TransactionConfig.class) {
				Object[] limited = args.clone();
				limited[limited.length - 1] = limit((TransactionConfig) args[args.length - 1], deadline);
				return call(method, limited);
			}
			TransactionConfig config = limit(TransactionConfig.empty(), deadline);
			if (method.getName().equals("run")) {
				return session.run(query(args), config);
			}
			Class<?>[] withConfig = java.util.Arrays.copyOf(types, types.length + 1);
			withConfig[types.length] = TransactionConfig.class;
			Object[] limited = java.util.Arrays.copyOf(args, args.length + 1);
			limited[args.length] = config;
			return invoke(Session.class.getMethod(method.getName(), withConfig), session, limited);
		}

		private static Query query(Object[] args) {
			String text = (String) args[0];
			if (args.length == 1 || args[1] == null) {
				return new Query(text);
			}
			if (args[1] instanceof Value value) {
				return new Query(text, value);
			}
			if (args[1] instanceof Record record) {
				return new Query(text, record.asMap());
			}
			if (args[1] instanceof Query query) {
				return query;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> parameters = (Map<String, Object>) args[1];
			return new Query(text, parameters);
		}

		/**
		 * The config's own timeout if it is shorter, else what is left of the deadline, in whole milliseconds (the
		 * protocol's unit; the driver logs every fraction it rounds) and at least one.
		 */
		private static TransactionConfig limit(TransactionConfig config, Deadline deadline) {
			refuseIfPassed(deadline);
			Duration left = Duration.ofMillis(Math.max(1, deadline.remaining().toMillis()));
			Duration own = config == null ? null : config.timeout();
			if (own != null && !own.isZero() && own.compareTo(left) <= 0) {
				return config;
			}
			var builder = TransactionConfig.builder().withTimeout(left);
			if (config != null && !config.metadata().isEmpty()) {
				builder.withMetadata(config.metadata());
			}
			return builder.build();
		}

		/**
		 * Refuses to start a transaction past the deadline, as the database would refuse it had it started: with the
		 * error of a transaction that timed out, which every layer above already knows how to tell.
		 */
		private static void refuseIfPassed(Deadline deadline) {
			if (deadline.passed()) {
				throw new ClientException(TIMED_OUT, "The request's deadline (" + deadline.allowed().toMillis()
						+ " ms) passed before this transaction could start");
			}
		}

		/** Sessions, transactions and results come back guarded too. */
		private Object guard(Object result) {
			if (result instanceof Session session) {
				return proxy(Session.class, session, this.notifications);
			}
			if (result instanceof Transaction transaction) {
				return proxy(Transaction.class, transaction, this.notifications);
			}
			if (result instanceof Result answer) {
				return proxy(Result.class, answer, this.notifications);
			}
			if (result instanceof org.neo4j.driver.summary.ResultSummary summary && this.target instanceof Result) {
				this.notifications.logOnce(summary);
			}
			return result;
		}

		private Object call(Method method, Object[] args) throws Throwable {
			return invoke(method, this.target, args);
		}

		private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
