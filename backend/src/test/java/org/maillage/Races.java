package org.maillage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Fires requests at the same moment, each on a thread of its own (with the caller it signs in as), and tells how
 * each ended: {@code OK}, or the classification of its first error.
 */
public final class Races {

	private Races() {
	}

	/** Runs {@code count} requests released together; {@code request} builds the i-th, on its own thread. */
	public static List<String> run(int count, IntFunction<Callable<GraphQlTester.Response>> request) {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<GraphQlTester.Response> call = request.apply(i);
				outcomes.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					try {
						return outcome(call.call());
					}
					finally {
						TestCallers.signOut();
					}
				}));
			}
			ready.await();
			go.countDown();
			List<String> ended = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				ended.add(outcome.get());
			}
			return ended;
		}
		catch (Exception ex) {
			throw new IllegalStateException("A racing request failed outside GraphQL", ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String outcome(GraphQlTester.Response response) {
		List<String> classifications = new ArrayList<>();
		response.errors().satisfy(errors -> errors.stream()
			.map(ResponseError::getErrorType)
			.forEach(type -> classifications.add(String.valueOf(type))));
		return classifications.isEmpty() ? "OK" : classifications.get(0);
	}

	/** How many of the outcomes are this one. */
	public static long count(List<String> outcomes, String outcome) {
		return outcomes.stream().filter(outcome::equals).count();
	}

}
