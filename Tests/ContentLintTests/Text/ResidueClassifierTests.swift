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
    // Past the ASCII word limit, a line with a letter beyond ASCII is still read in full: a credit line has no
    // word limit, so the byte count cannot stop at the limit without testing the rest for ASCII.
    ("(Reporting by Ann Lee with " + String(repeating: "a ", count: 40) + "Zo\u{EB})", .byline),
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
}
