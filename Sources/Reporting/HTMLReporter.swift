import ContentModel

/// One self-contained page (no network, no external assets): every file with its flagged lines shown in
/// place and the flagged spans highlighted, a list to jump between findings, filters by rule and
/// severity, labels beside colour, and keyboard navigation (j/k or n/p, f to focus the filters).
public struct HTMLReporter: Reporter {
  public static let name = "html"

  /// Lines of context shown around each flagged line; the rest of a file is folded away.
  public let contextLines: Int

  public init(contextLines: Int = 3) {
    self.contextLines = contextLines
  }

  public func render(_ report: LintReport) -> String {
    let counts = report.counts
    let rules = Set(report.files.flatMap { $0.findings.map(\.rule) }).sorted()
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <title>contentlint report</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <header>
      <h1>contentlint report</h1>
      <p class="summary">\(report.files.count) file\(report.files.count == 1 ? "" : "s") ·
      <span class="sev error">✖ \(counts[.error] ?? 0) error\((counts[.error] ?? 0) == 1 ? "" : "s")</span>
      <span class="sev warning">▲ \(counts[.warning] ?? 0) warning\((counts[.warning] ?? 0) == 1 ? "" : "s")</span>
      <span class="sev suggestion">● \(counts[.suggestion] ?? 0) suggestion\((counts[.suggestion] ?? 0) == 1 ? "" : "s")</span>
      · contentlint \(Self.escape(report.toolVersion))</p>
      <form id="filters" aria-label="Filters">
      <fieldset><legend>Severity</legend>
      """
    for severity in Severity.allCases.reversed() {
      html += "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked> \(Self.icon(severity)) \(severity.rawValue)</label>\n"
    }
    html += "</fieldset>\n<fieldset><legend>Rule</legend>\n"
    for rule in rules {
      html += "<label><input type=\"checkbox\" name=\"rule\" value=\"\(Self.escape(rule))\" checked> \(Self.escape(rule))</label>\n"
    }
    html += "</fieldset>\n<p class=\"keys\">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, <kbd>f</kbd> filters</p>\n</form>\n</header>\n<main>\n"
    html += "<nav aria-label=\"Findings\"><h2>Findings</h2><ol id=\"finding-list\">\n"
    var number = 0
    for file in report.files {
      for finding in file.findings {
        number += 1
        html += "<li class=\"item \(finding.severity.rawValue)\" data-rule=\"\(Self.escape(finding.rule))\" data-severity=\"\(finding.severity.rawValue)\">"
        html += "<a href=\"#f\(number)\"><span class=\"label\">\(Self.icon(finding.severity)) \(finding.severity.rawValue)</span> "
        html += "\(Self.escape(file.path)):\(finding.range.start.line):\(finding.range.start.column) — \(Self.escape(finding.message))</a></li>\n"
      }
    }
    html += "</ol></nav>\n<section id=\"files\">\n"
    number = 0
    for file in report.files {
      html += "<article class=\"file\"><h2>\(Self.escape(file.path))"
      html += file.findings.isEmpty ? " <span class=\"clean\">✓ clean</span></h2>\n" : "</h2>\n"
      guard !file.findings.isEmpty else {
        html += "</article>\n"
        continue
      }
      let lines = file.source.map(PrettyReporter.lines) ?? []
      var findingNumbers: [Int] = []
      for _ in file.findings {
        number += 1
        findingNumbers.append(number)
      }
      html += renderSource(lines: lines, findings: file.findings, numbers: findingNumbers)
      html += "</article>\n"
    }
    html += "</section>\n</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
    return html
  }

  // MARK: - Source with highlights

  private func renderSource(lines: [String], findings: [Finding], numbers: [Int]) -> String {
    var shown = Set<Int>()
    for finding in findings {
      let first = max(1, finding.range.start.line - contextLines)
      let last = min(lines.count, max(finding.range.end.line, finding.range.start.line) + contextLines)
      if first <= last { shown.formUnion(first...last) }
    }
    var html = "<table class=\"source\"><tbody>\n"
    var previous = 0
    for lineNumber in shown.sorted() {
      if lineNumber > previous + 1 {
        html += "<tr class=\"fold\"><td></td><td>⋯ \(lineNumber - previous - 1) line\(lineNumber - previous - 1 == 1 ? "" : "s") not shown</td></tr>\n"
      }
      previous = lineNumber
      let text = lines[lineNumber - 1]
      html += "<tr><td class=\"ln\">\(lineNumber)</td><td class=\"code\">\(highlight(text, line: lineNumber, findings: findings))</td></tr>\n"
      for (index, finding) in findings.enumerated() where finding.range.start.line == lineNumber {
        html += "<tr class=\"note \(finding.severity.rawValue)\" id=\"f\(numbers[index])\" tabindex=\"-1\" data-rule=\"\(Self.escape(finding.rule))\" data-severity=\"\(finding.severity.rawValue)\">"
        html += "<td></td><td><span class=\"label\">\(Self.icon(finding.severity)) \(finding.severity.rawValue)</span> "
        html += "\(Self.escape(finding.message)) <code>\(Self.escape(finding.rule))</code>"
        if let suggestion = finding.suggestion { html += "<div class=\"suggestion\">Suggestion: \(Self.escape(suggestion))</div>" }
        html += "</td></tr>\n"
      }
    }
    if lines.count > previous, previous > 0 {
      html += "<tr class=\"fold\"><td></td><td>⋯ \(lines.count - previous) line\(lines.count - previous == 1 ? "" : "s") not shown</td></tr>\n"
    }
    return html + "</tbody></table>\n"
  }

  /// The line with every flagged span wrapped in a <mark> of its severity.
  private func highlight(_ line: String, line lineNumber: Int, findings: [Finding]) -> String {
    let scalars = Array(line.unicodeScalars)
    var marks = [Severity?](repeating: nil, count: scalars.count)
    for finding in findings {
      let range = finding.range
      guard range.start.line <= lineNumber, max(range.end.line, range.start.line) >= lineNumber else { continue }
      let from = range.start.line == lineNumber ? range.start.column - 1 : 0
      let to = range.end.line == lineNumber ? range.end.column - 1 : scalars.count
      guard from < to else { continue }
      for index in max(0, from)..<min(scalars.count, to) where (marks[index] ?? .suggestion) <= finding.severity {
        marks[index] = finding.severity
      }
    }
    var html = ""
    var current: Severity?
    for (index, scalar) in scalars.enumerated() {
      if marks[index] != current {
        if current != nil { html += "</mark>" }
        if let severity = marks[index] { html += "<mark class=\"\(severity.rawValue)\">" }
        current = marks[index]
      }
      html += Self.escape(String(scalar))
    }
    if current != nil { html += "</mark>" }
    return html.isEmpty ? "&nbsp;" : html
  }

  // MARK: - Assets

  static func icon(_ severity: Severity) -> String {
    switch severity {
    case .error: "✖"
    case .warning: "▲"
    case .suggestion: "●"
    }
  }

  /// Page text and attribute values: XML escaping serves HTML too, and keeps control characters from a
  /// hostile page visible instead of live.
  static func escape(_ text: String) -> String {
    XMLText.escaped(text)
  }

  private static let style = """
    :root{--error:#b00020;--warning:#8a5a00;--suggestion:#0b5394;--bg:#fff;--fg:#1d1d1f;--muted:#666}
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:var(--fg);background:var(--bg)}
    header{padding:12px 20px;border-bottom:1px solid #ddd;position:sticky;top:0;background:#fafafa;z-index:1}
    h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:16px 0 8px}
    .summary{margin:0 0 8px}.sev{margin-right:10px;font-weight:600}
    .sev.error,.label.error,.item.error .label{color:var(--error)}.sev.warning,.item.warning .label{color:var(--warning)}
    .sev.suggestion,.item.suggestion .label{color:var(--suggestion)}
    form fieldset{display:inline-block;border:1px solid #ccc;border-radius:6px;margin:0 8px 4px 0;padding:2px 8px}
    form label{margin-right:10px;white-space:nowrap}.keys{margin:4px 0 0;color:var(--muted);font-size:13px}
    kbd{border:1px solid #bbb;border-radius:3px;padding:0 4px;font-size:12px;background:#fff}
    main{display:grid;grid-template-columns:minmax(260px,30%) 1fr;gap:0}
    nav{border-right:1px solid #ddd;padding:0 12px;max-height:calc(100vh - 140px);overflow:auto;position:sticky;top:140px}
    nav ol{padding-left:20px;margin:0}nav li{margin:4px 0;font-size:13px}nav a{color:inherit;text-decoration:none}
    nav a:hover,nav a:focus{text-decoration:underline}
    #files{padding:0 20px 40px}.file{margin-bottom:24px}.clean{color:#1b7a2c;font-weight:600;font-size:14px}
    table.source{border-collapse:collapse;width:100%;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
    td.ln{color:var(--muted);text-align:right;padding:0 10px 0 4px;user-select:none;vertical-align:top;width:1%}
    td.code{white-space:pre-wrap;word-break:break-word}
    tr.fold td{color:var(--muted);font-style:italic;padding:2px 0}
    mark{background:none;border-bottom:3px solid;padding:0 1px}
    mark.error{border-color:var(--error);background:#fde7ea}mark.warning{border-color:#d89a00;background:#fff4d6}
    mark.suggestion{border-color:var(--suggestion);background:#e6f0fb}
    tr.note td{font-family:system-ui,sans-serif;font-size:13px;padding:2px 0 6px}
    tr.note.error .label{color:var(--error);font-weight:700}tr.note.warning .label{color:var(--warning);font-weight:700}
    tr.note.suggestion .label{color:var(--suggestion);font-weight:700}
    tr.note:focus{outline:2px solid #333;outline-offset:2px}.suggestion{color:var(--muted)}
    .hidden{display:none}
    @media print{header{position:static}nav{display:none}main{display:block}}
    """

  private static let script = """
    (function(){
      var form=document.getElementById('filters');
      function checked(name){return Array.prototype.map.call(form.querySelectorAll('input[name='+name+']:checked'),function(i){return i.value});}
      function apply(){
        var sev=checked('severity'),rules=checked('rule');
        document.querySelectorAll('[data-rule]').forEach(function(el){
          var show=sev.indexOf(el.dataset.severity)>=0&&rules.indexOf(el.dataset.rule)>=0;
          el.classList.toggle('hidden',!show);
        });
      }
      form.addEventListener('change',apply);
      var current=-1;
      function notes(){return Array.prototype.filter.call(document.querySelectorAll('tr.note'),function(n){return !n.classList.contains('hidden');});}
      document.addEventListener('keydown',function(e){
        if(e.target.tagName==='INPUT'&&e.key!=='Escape')return;
        var list=notes();if(e.key==='f'){var first=form.querySelector('input');if(first){first.focus();e.preventDefault();}return;}
        if(!list.length)return;
        if(e.key==='j'||e.key==='n'){current=Math.min(list.length-1,current+1);}
        else if(e.key==='k'||e.key==='p'){current=Math.max(0,current-1);}
        else return;
        list[current].focus();list[current].scrollIntoView({block:'center'});e.preventDefault();
      });
    })();
    """
}
