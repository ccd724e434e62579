# The two commands a newcomer needs:   make demo   ·   make test
# Both install the system packages Tusk needs (scripts/install-deps.sh; idempotent).
.PHONY: demo test deps graphs bench

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
