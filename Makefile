# The two commands a newcomer needs; each installs the system libraries first when they are missing.
.PHONY: run test release samples-json clean

run:            ## lint the sample posts
	@scripts/ensure-system-packages
	swift run contentlint Samples/

test:           ## run the test suite
	@CONTENTLINT_WITH_TEST_TOOLS=1 scripts/ensure-system-packages
	swift test

release:        ## an optimised build at .build/release/contentlint
	@scripts/ensure-system-packages
	swift build -c release

clean:
	rm -rf .build
