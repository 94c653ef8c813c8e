package org.leoprotocol.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks measure Leo the way a client or another module meets it: through a module's root package or a declared
 * named interface (what Spring Modulith lets one module use of another), over HTTP, or with SQL against the database.
 * No benchmark lives in a module's package to reach what the module keeps to itself. The benchmarks that still reach
 * inside a module are listed with the internal types they use; a listed benchmark may drop types but never add one, and
 * leaves the list once it needs none, so the list can only get shorter.
 */
class BenchBoundaryTests {

	static final String BENCH = "org.leoprotocol.bench";

	private static final String CUSTODY = "org.leoprotocol.evidence.custody.";

	private static final String LEDGER = "org.leoprotocol.evidence.ledger.";

	/**
	 * Benchmarks still measuring the evidence module's internals directly, with the types they use: the custody
	 * ledger's group commit, verification and witnessing on a database without the application. They wait for the
	 * custody ledger's split and then for facade methods in the evidence root.
	 */
	static final Map<String, Set<String>> STILL_INSIDE = Map.of(
			BENCH + ".evidence.BenchDatabase", Set.of(CUSTODY + "CustodyEvents", CUSTODY + "GroupCommit"),
			BENCH + ".evidence.DurableAppendBenchmark", Set.of(CUSTODY + "GroupCommit"),
			BENCH + ".evidence.CheckpointWitnessBenchmark",
			Set.of(CUSTODY + "CustodyLedger", CUSTODY + "LeoWitness", CUSTODY + "WitnessSubmissions",
					LEDGER + "Checkpoint", LEDGER + "SignedNote", LEDGER + "VerifierKey"),
			BENCH + ".evidence.LedgerVerifyBenchmark",
			Set.of(CUSTODY + "Checkpoints", CUSTODY + "CustodyEvents", CUSTODY + "KeyChain", CUSTODY + "LedgerKey",
					CUSTODY + "LedgerTree", CUSTODY + "LedgerVerification", CUSTODY + "StoredSubtrees",
					CUSTODY + "TreeHeads", CUSTODY + "WitnessSubmissions", "org.leoprotocol.evidence.export.Exports",
					"org.leoprotocol.evidence.item.EvidenceItems", LEDGER + "MerkleTree", LEDGER + "SignedTreeHead",
					LEDGER + "TreeHead", "org.leoprotocol.evidence.store.FileSystemBlobStore"));

	static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

	static final ApplicationModules MODULES = ApplicationModules.of(LeoApplication.class,
			resideInAPackage(BENCH + ".."));

	@Test
	void everyBenchmarkLivesInTheBenchPackage() {
		assertThat(CLASSES).as("classes of the bench module").isNotEmpty();
		assertThat(CLASSES.stream().map(JavaClass::getName))
			.allSatisfy(name -> assertThat(name).startsWith(BENCH + "."));
	}

	@Test
	void benchmarksUseOnlyWhatModulesPublish() {
		Map<String, Set<String>> inside = inside();
		assertThat(inside).as("benchmarks using a module's internal types that are not on the list")
			.allSatisfy((benchmark, types) -> assertThat(STILL_INSIDE).containsKey(benchmark));
		STILL_INSIDE.forEach((benchmark, allowed) -> {
			assertThat(inside).as("%s uses no internal type any more: take it off the list", benchmark)
				.containsKey(benchmark);
			assertThat(allowed).as("internal types %s may use", benchmark).containsAll(inside.get(benchmark));
		});
	}

	/** Per top-level bench class, the application types it uses that its module does not publish. */
	static Map<String, Set<String>> inside() {
		Map<String, Set<String>> inside = new TreeMap<>();
		for (JavaClass type : CLASSES) {
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				JavaClass target = dependency.getTargetClass().getBaseComponentType();
				while (target.getEnclosingClass().isPresent()) {
					target = target.getEnclosingClass().get();
				}
				if (!published(target)) {
					JavaClass benchmark = type;
					while (benchmark.getEnclosingClass().isPresent()) {
						benchmark = benchmark.getEnclosingClass().get();
					}
					inside.computeIfAbsent(benchmark.getName(), name -> new TreeSet<>()).add(target.getName());
				}
			}
		}
		return inside;
	}

	/** Outside Leo, the bench itself, Leo's own package (the application class), a module root or named interface. */
	static boolean published(JavaClass target) {
		String name = target.getName();
		if (!name.startsWith("org.leoprotocol.") || name.startsWith(BENCH + ".")
				|| target.getPackageName().equals("org.leoprotocol")) {
			return true;
		}
		ApplicationModule module = MODULES.getModuleByType(name).orElse(null);
		return module != null && module.isExposed(target.reflect());
	}
}
