// A thin C face over ICU. This header deliberately includes no ICU header and names no ICU type:
// Foundation on Linux carries its own ICU, and a Swift module that sees both sets of declarations
// fails to build. Every function takes plain integers, UTF-16 buffers and opaque handles.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Boundary kinds for cicu_boundaries.
enum {
  CICU_BREAK_CHARACTER = 0,
  CICU_BREAK_WORD = 1,
  CICU_BREAK_LINE = 2,
  CICU_BREAK_SENTENCE = 3
};

/// Writes the boundary offsets (UTF-16 units, including 0 and length) into `out`. For word breaks,
/// `statuses` (may be NULL) receives each segment's rule status (0 for spaces and punctuation,
/// 100..499 for numbers, letters, kana and ideographs). Returns the number of boundaries, the
/// number needed when it exceeds `capacity`, or -1 on an ICU error.
int32_t cicu_boundaries(int32_t kind, const uint16_t *text, int32_t length, const char *locale,
                        int32_t *out, int32_t *statuses, int32_t capacity);

/// Sentence boundaries of UTF-8 `text` (converted in C, no Swift copy), as UTF-8 byte offsets including 0
/// and `length`. Same iterator and return convention as cicu_boundaries.
int32_t cicu_sentence_boundaries_utf8(const char *text, int32_t length, const char *locale, int32_t *out,
                                      int32_t capacity);

/// 0 when UAX #29 sentence rules (which ICU's root rules follow) can put no boundary inside UTF-8 `text`:
/// no paragraph separator, and no full stop or terminator except in a final run of terminators, closing
/// punctuation and spaces. 1 when ICU must decide.
int32_t cicu_may_break_sentence_utf8(const char *text, int32_t length);

/// Normalisation forms for cicu_normalize.
enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKC_CASEFOLD = 3 };

/// Normalises `text` into `out`. Returns the length written, the length needed when it exceeds
/// `capacity`, or -1 on error.
int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Full Unicode case folding. Same return convention as cicu_normalize.
int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Guesses the charset of `bytes`. Writes its name (NUL-terminated) into `name` and returns the
/// confidence 0..100, or -1 when ICU cannot tell.
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity);

/// Converts `bytes` in `charset` to UTF-16. Returns the length written or needed, -1 for an unknown
/// charset, -2 when the bytes are not valid in that charset (stop on illegal sequences).
int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *out,
                              int32_t capacity);

/// Canonicalises a BCP 47 tag (or an ICU locale id) into a BCP 47 tag. Returns its length, or -1.
int32_t cicu_canonical_language_tag(const char *tag, char *out, int32_t capacity);

/// 1 when the locale's script is written right to left, else 0.
int32_t cicu_is_right_to_left(const char *tag);

/// Writes the CLDR plural keywords of `tag` (cardinal) as a space-separated list. Returns the
/// length, or -1.
int32_t cicu_plural_keywords(const char *tag, char *out, int32_t capacity);

/// Writes the plural keyword that `number` selects in `tag`. Returns the length, or -1.
int32_t cicu_plural_select(const char *tag, double number, char *out, int32_t capacity);

/// Checks MessageFormat syntax. Returns 0 when it parses, otherwise the 1-based offset of the
/// error (or 1 when ICU gives none) and writes ICU's error name into `error_name`.
int32_t cicu_message_format_check(const uint16_t *pattern, int32_t length, const char *tag,
                                  char *error_name, int32_t error_capacity);

/// A compiled regular expression (opaque). Not safe to use from two threads at once: clone it.
typedef struct cicu_regex cicu_regex;

enum { CICU_REGEX_CASE_INSENSITIVE = 1, CICU_REGEX_MULTILINE = 2, CICU_REGEX_DOTALL = 4 };

/// Compiles `pattern`. On error returns NULL, writes ICU's error name into `error_name` and the
/// 1-based offset of the error into `error_offset`.
cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t flags, int32_t time_limit,
                            char *error_name, int32_t error_capacity, int32_t *error_offset);
cicu_regex *cicu_regex_clone(const cicu_regex *regex);
void cicu_regex_close(cicu_regex *regex);

/// Sets the text to search; the buffer must stay alive until the next call.
int32_t cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length);

/// Finds the next match at or after `from` (UTF-16 offset; -1 continues after the last match).
/// Returns 1 with [start, end) set, 0 when there is none, -2 when the time limit was hit, -1 on
/// another error.
int32_t cicu_regex_find(cicu_regex *regex, int32_t from, int32_t *start, int32_t *end);

/// A compiled transliterator from custom rules (opaque; use from one thread at a time).
typedef struct cicu_transliterator cicu_transliterator;

cicu_transliterator *cicu_transliterator_open(const uint16_t *rules, int32_t length, char *error_name,
                                              int32_t error_capacity);
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// Transliterates `text` in place in `buffer` (which holds `length` units and has room for
/// `capacity`). Returns the new length, or -1 (capacity too small or an ICU error).
int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                           int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
