# The two commands a newcomer needs; each installs the system libraries first when they are missing.
.PHONY: run test release locales clean

run:            ## lint the sample posts
	@scripts/ensure-system-packages
	@# Exit status 1 means "findings at error level", which the samples have on purpose.
	swift run contentlint Samples/ || [ $$? -eq 1 ]

test:           ## run the test suite
	@CONTENTLINT_WITH_TEST_TOOLS=1 scripts/ensure-system-packages
	swift test

release:        ## an optimised build at .build/release/contentlint (Swift runtime linked in: faster start-up)
	@scripts/ensure-system-packages
	swift build -c release --static-swift-stdlib

locales:        ## regenerate Locales/ (translation bundles for Samples/), keeping translations
	@scripts/ensure-system-packages
	scripts/update-locales

clean:
	rm -rf .build
