# The two commands a newcomer needs:   make demo   ·   make test
# Both install the system packages Tusk needs (scripts/install-deps.sh; idempotent).
.PHONY: demo test deps graphs bench fuzz tsan asan

deps:
	@./scripts/install-deps.sh

## Tusk's main job on built-in data: build (release), define, optimize, dump and run the example model.
demo: deps
	swift build -c release --product tusk
	./.build/release/tusk demo

## The whole test suite (debug build). The live cross-checks' Python side goes into a venv of its
## own (scripts/install-crosscheck-venv.sh); the checks it and install-deps provide are then
## required (TUSK_REQUIRE_CROSSCHECKS): they fail, not skip, when their tool is missing.
test: deps
	swift build --build-tests
	checks=$$(./scripts/install-crosscheck-venv.sh) && TUSK_REQUIRE_CROSSCHECKS="$$checks" swift test --skip-build

## Regenerate the committed graph dumps in Graphs/.
graphs: deps
	swift build --product tusk
	./scripts/regenerate-graphs.sh

## Release-build benchmarks (not part of the tests).
bench: deps
	swift build -c release --product TuskBenchmarks
	./.build/release/TuskBenchmarks

## libFuzzer targets (scripts/fuzz.sh; Docs/FUZZING.md): 1,000,000 inputs each at nice 19.
fuzz:
	./scripts/fuzz.sh

## ThreadSanitizer on the threaded kernels' tests (Docs/FUZZING.md, "Sanitizers"); its own build path.
TSAN_SUITES = BLASThreadsTests|AttentionKernelTests|AttentionGEMMKernelTests|ThreadedGEMMTests|MatmulTests|ConvTests|TuskRuntimeTests.ElementwiseTests|TuskRuntimeTests.ReductionTests|FusedAttentionTests|AttentionRowKernelTests|KernelSharingTests|ThreadsDeterminismTests
tsan: deps
	nice -n 10 swift build --build-tests --sanitize=thread --build-path .build-tsan
	TSAN_OPTIONS=halt_on_error=0 swift test --skip-build --build-path .build-tsan --filter '$(TSAN_SUITES)'

## AddressSanitizer on the whole suite (leak checking off: see Docs/FUZZING.md, "Sanitizers").
asan: deps
	nice -n 10 swift build --build-tests --sanitize=address --build-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 swift test --skip-build --build-path .build-asan
