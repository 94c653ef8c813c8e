package org.leoprotocol.bench.earlywarning;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.leoprotocol.bench.PeakHeap;
import org.leoprotocol.earlywarning.ModelTrial;

/**
 * Trains an agency's learned model on a generated Chicago-sized history held in memory (35,000 officers with
 * appointment and separation dates, 187,500 complaints from 2000 to 2016, 250,000 allegations; each officer has a
 * latent propensity that raises both the complaint rate and the chance of a sustained finding) and ranks every officer
 * serving on the date with the model's contributions, through the early-warning module's {@link ModelTrial}. Measures
 * training (five rolling origins: features and trees) and ranking separately; heap is the sum of the heap pools' peaks
 * over the run (an upper bound). XGBoost's own buffers live outside the Java heap.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xmx512m -cp bench/target/benchmarks.jar org.leoprotocol.bench.earlywarning.ModelBenchmark 250000 20261206
 * </pre>
 */
public final class ModelBenchmark {

	private ModelBenchmark() {
	}

	public static void main(String[] arguments) {
		int allegations = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 250_000;
		long seed = arguments.length > 1 ? Long.parseLong(arguments[1]) : 20261206L;
		LocalDate asOf = LocalDate.of(2016, 1, 1);
		long generated = System.nanoTime();
		ModelTrial trial = generate(allegations, seed);
		System.out.printf("Generated %,d officers, %,d complaints, %,d allegations in %.1f s%n", officers(allegations),
				complaints(allegations), allegations, (System.nanoTime() - generated) / 1e9);

		ModelTrial.Result result = trial.run(asOf);
		System.out.printf("Training for %s: origins %s, %,d officer-years, %,d positives, %.1f s%n", asOf,
				result.origins(), result.rows(), result.positives(), result.training().toNanos() / 1e9);
		System.out.printf(
				"Ranking %,d serving officers with contributions: %.2f s (top score %.3f, %d contribution columns)%n",
				result.ranked(), result.ranking().toNanos() / 1e9, result.topScore(), result.contributionColumns());
		System.out.printf("Process CPU time %.1f s (wall time above includes waiting for a core on a shared machine)%n",
				cpu() / 1e9);
		System.out.println(PeakHeap.line());
	}

	private static int officers(int allegations) {
		return Math.max(100, allegations / 7);
	}

	private static int complaints(int allegations) {
		return allegations * 3 / 4;
	}

	static ModelTrial generate(int allegations, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int officers = officers(allegations);
		int complaints = complaints(allegations);
		ModelTrial trial = new ModelTrial("BENCH-MODEL");
		double[] propensity = new double[officers];
		double[] cumulative = new double[officers];
		double total = 0;
		String[] races = { "WHITE", "BLACK", "HISPANIC", "ASIAN/PACIFIC ISLANDER" };
		for (int o = 0; o < officers; o++) {
			LocalDate hired = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(15_000));
			LocalDate separated = random.nextInt(3) == 0 ? hired.plusDays(2_000 + random.nextInt(9_000)) : null;
			trial.officer(new UUID(1, o), "B" + o, null, random.nextInt(6) == 0 ? "SERGEANT" : "POLICE OFFICER",
					"U" + random.nextInt(25),
					hired, separated, races[random.nextInt(races.length)], random.nextInt(5) == 0 ? "FEMALE" : "MALE");
			propensity[o] = Math.exp(random.nextGaussian());
			total += propensity[o];
			cumulative[o] = total;
		}
		for (int c = 0; c < complaints; c++) {
			LocalDate received = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(6_200));
			trial.complaint(new UUID(2, c), received,
					random.nextInt(50) == 0 ? null : received.plusDays(30 + random.nextInt(500)));
		}
		List<String> categories = ModelTrial.categories();
		for (int a = 0; a < allegations; a++) {
			int complaint = a < complaints ? a : random.nextInt(complaints);
			int officer = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
			officer = Math.min(officers - 1, officer < 0 ? -officer - 1 : officer);
			double sustained = Math.min(0.6, 0.04 * propensity[officer]);
			String finding = random.nextDouble() < sustained ? "SUSTAINED"
					: random.nextBoolean() ? "NOT_SUSTAINED" : "UNFOUNDED";
			trial.allegation(new UUID(2, complaint), new UUID(1, officer),
					categories.get(random.nextInt(categories.size())), finding);
		}
		return trial;
	}

	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
