# The two commands a newcomer needs:   make demo   ·   make test
# Both install the system packages Tusk needs (scripts/install-deps.sh; idempotent).
.PHONY: demo test deps graphs bench

deps:
	@./scripts/install-deps.sh

## Tusk's main job on built-in data: build (release), define, optimize, dump and run the example model.
demo: deps
	swift build -c release --product tusk
	./.build/release/tusk demo

## The whole test suite (debug build).
test: deps
	swift build --build-tests
	swift test --skip-build

## Regenerate the committed graph dumps in Graphs/.
graphs: deps
	swift build --product tusk
	./scripts/regenerate-graphs.sh

## Release-build benchmarks (not part of the tests).
bench: deps
	swift build -c release --product TuskBenchmarks
	./.build/release/TuskBenchmarks
