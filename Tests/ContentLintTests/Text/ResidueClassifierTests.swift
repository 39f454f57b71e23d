import Testing
import TextKit

/// The classifier turns most prose away from the bytes before its full tests; lines of every kind must
/// still reach those tests, in any case, long or short.
@Suite struct ResidueClassifierTests {
  @Test(arguments: [
    ("Reading time: 4 minutes", ResidueClassifier.Kind.readingTime),
    ("BY PRIYA NAIR | 12 MARCH 2024 | 5 MIN READ", .byline),
    ("POSTED BY ANN LEE ON NOVEMBER 19, 2019, 6:21 AM EST, AFTER THE STORM", .byline),
    ("(Reporting by Ann Lee and Tom Ray in London, with additional reporting from the wire desk and our team)", .byline),
    ("Jane Doe, Tom Ray, Ann Lee and the rest of the graphics and data desk contributed to this report.", .byline),
    (
      "Get the day's biggest headlines and the best of our long reads delivered to your inbox every morning "
        + "when you sign up for the newsletter", .subscribe
    ),
    ("Home > Articles > Sleep", .breadcrumb),
    ("Back to Blog", .navigation),
    ("Share this post", .share),
    ("Follow Newsbeat on Instagram, Facebook and Twitter.", .share),
    ("We use cookies to personalise content. Accept all", .cookie),
    ("This website, like most, uses cookies to remember you", .cookie),
    ("Related posts", .related),
    ("Leave a reply", .comments),
    ("Filed under: Sports Injuries", .category),
    ("Tags: lower back pain, posture", .tags),
    ("Next post: Returning to running after knee surgery", .adjacentPost),
    ("(c) 2024 Northbridge Money", .copyright),
    ("Copyright 2024 Northbridge Money", .copyright),
    ("Northbridge Money. All rights reserved.", .copyright),
    ("Print this article", .pageTool),
  ])
  func recognisesEveryKind(line: String, kind: ResidueClassifier.Kind) {
    #expect(ResidueClassifier.classify(line) == kind)
  }

  @Test(arguments: [
    "Lower back pain is common, and most of it settles within a few weeks with gentle movement and time.",
    "Water the bed well.",
    "Posted by Ann Lee on November 19, 2019, 6:21 AM EST, in the morning after the storm went through",
    "By the way, most beds need watering twice a week in summer.",
    "Subscribers to the local paper get a discount on the tour, which is worth knowing if you stay a week.",
  ])
  func leavesProseAlone(line: String) {
    #expect(ResidueClassifier.classify(line) == nil)
  }

  /// A glued line is found at either end of a paragraph however long, with the words around it at every
  /// place of the eight-byte steps; the middle of a long paragraph cannot hold a first or last sentence.
  @Test(arguments: ["Share this post", "5 min read", "We use cookies to improve the site", "Get our newsletter"])
  func findsGluedLinesAtEitherEndOfLongParagraphs(line: String) {
    for padding in 0..<9 {
      for words in [10, 39, 40, 41, 42, 80, 81, 82, 120] {
        let prose = String(repeating: "x", count: padding + 1) + String(repeating: " we water it", count: words) + "."
        #expect(ResidueClassifier.mayHoldGluedResidue(line + ". " + prose), "\(line) before \(words)")
        #expect(ResidueClassifier.mayHoldGluedResidue(prose + " " + line), "\(line) after \(words)")
      }
    }
    let long = String(repeating: "We water it well. ", count: 60)
    #expect(!ResidueClassifier.mayHoldGluedResidue(long))
    #expect(!ResidueClassifier.mayHoldGluedResidue(long + "Here, a 5 min read. " + long))
    #expect(ResidueClassifier.mayHoldGluedResidue("Here, a 5 min read. " + long))
  }
}
