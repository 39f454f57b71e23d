import Testing

@testable import Ingest

/// Titles of ASCII text lose their site name by a byte split; it must cut exactly where Foundation's search does.
@Suite struct TitleSiteNameShortcutTests {
  @Test(arguments: [
    "Understanding Therapy | Harbor Blog", "A - B - Longest part here - C", "x - - y", "Site :: Section :: Headline",
    " | ", "|||", "No separator at all", "", "Equal | Parts", "a -- b - c", "Ends with a separator - ",
    " - starts with one", "Pipes | and - dashes", "tabs\t-\tare not spaces", "Two  |  spaces | x",
    "line\nbreak | kept", "Wide title with a pipe|without spaces - Site",
  ])
  func asciiSplitAgreesWithTheSearch(title: String) {
    #expect(HTMLMetadata.asciiWithoutSiteName(title) == HTMLMetadata.searchedWithoutSiteName(title))
  }

  @Test(arguments: ["Café | Blog", "Headline – Site", "carriage\r\nreturn | Site", "Plain » Site"])
  func otherTextTakesTheSearch(title: String) {
    #expect(HTMLMetadata.asciiWithoutSiteName(title) == nil)
  }
}
