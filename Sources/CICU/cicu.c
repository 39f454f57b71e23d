#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/umsg.h>
#include <unicode/unorm2.h>
#include <unicode/upluralrules.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

static void copy_name(const char *source, char *out, int32_t capacity) {
  if (out == NULL || capacity <= 0) return;
  strncpy(out, source, (size_t)capacity - 1);
  out[capacity - 1] = '\0';
}

// Opening a break iterator loads its rules and, for sentences with "@ss=standard", builds the
// abbreviation filter: that costs far more than segmenting one paragraph. Each thread keeps the
// iterators it opened, keyed by kind and locale, and only sets new text on them.
enum { CACHED_ITERATORS = 8, CACHED_LOCALE_CAPACITY = 64 };

typedef struct {
  UBreakIterator *iterator;
  int32_t kind;
  char locale[CACHED_LOCALE_CAPACITY];
} CachedIterator;

typedef struct {
  CachedIterator entries[CACHED_ITERATORS];
  int32_t count;
  int32_t next_eviction;
} IteratorCache;

static pthread_key_t iterator_cache_key;
static pthread_once_t iterator_cache_once = PTHREAD_ONCE_INIT;

static void close_iterator_cache(void *value) {
  IteratorCache *cache = value;
  for (int32_t index = 0; index < cache->count; index++) ubrk_close(cache->entries[index].iterator);
  free(cache);
}

static void make_iterator_cache_key(void) { pthread_key_create(&iterator_cache_key, close_iterator_cache); }

static UBreakIteratorType break_type(int32_t kind) {
  switch (kind) {
    case CICU_BREAK_WORD: return UBRK_WORD;
    case CICU_BREAK_LINE: return UBRK_LINE;
    case CICU_BREAK_SENTENCE: return UBRK_SENTENCE;
    default: return UBRK_CHARACTER;
  }
}

/// This thread's iterator for `kind` and `locale`, set to `text`; NULL on an ICU error. The caller
/// must not close it.
static UBreakIterator *cached_iterator(int32_t kind, const char *locale, const uint16_t *text, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  pthread_once(&iterator_cache_once, make_iterator_cache_key);
  IteratorCache *cache = pthread_getspecific(iterator_cache_key);
  if (cache == NULL) {
    cache = calloc(1, sizeof *cache);
    if (cache == NULL || pthread_setspecific(iterator_cache_key, cache) != 0) {
      free(cache);
      return NULL;
    }
  }
  size_t locale_length = strlen(locale);
  if (locale_length < CACHED_LOCALE_CAPACITY) {
    for (int32_t index = 0; index < cache->count; index++) {
      CachedIterator *entry = &cache->entries[index];
      if (entry->kind == kind && strcmp(entry->locale, locale) == 0) {
        ubrk_setText(entry->iterator, (const UChar *)text, length, &status);
        return U_SUCCESS(status) ? entry->iterator : NULL;
      }
    }
  }
  UBreakIterator *iterator = ubrk_open(break_type(kind), locale, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return NULL;
  if (locale_length >= CACHED_LOCALE_CAPACITY) {
    // Too long a name to key on (never seen in practice): hand it over once, closed by the caller.
    return iterator;
  }
  CachedIterator *slot;
  if (cache->count < CACHED_ITERATORS) {
    slot = &cache->entries[cache->count++];
  } else {
    slot = &cache->entries[cache->next_eviction];
    cache->next_eviction = (cache->next_eviction + 1) % CACHED_ITERATORS;
    ubrk_close(slot->iterator);
  }
  slot->iterator = iterator;
  slot->kind = kind;
  memcpy(slot->locale, locale, locale_length + 1);
  return iterator;
}

int32_t cicu_boundaries(int32_t kind, const uint16_t *text, int32_t length, const char *locale,
                        int32_t *out, int32_t *statuses, int32_t capacity) {
  UBreakIterator *iterator = cached_iterator(kind, locale, text, length);
  if (iterator == NULL) return -1;
  int32_t count = 0;
  for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
    if (count < capacity) {
      out[count] = boundary;
      // The rule status belongs to the segment that ends at this boundary.
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator);
    }
    count++;
  }
  if (strlen(locale) >= CACHED_LOCALE_CAPACITY) {
    ubrk_close(iterator);
  } else {
    // Let go of the caller's buffer: the iterator outlives this call.
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, NULL, 0, &status);
  }
  return count;
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = NULL;
  switch (form) {
    case CICU_NFD: normalizer = unorm2_getNFDInstance(&status); break;
    case CICU_NFKC: normalizer = unorm2_getNFKCInstance(&status); break;
    case CICU_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&status); break;
    default: normalizer = unorm2_getNFCInstance(&status); break;
  }
  if (U_FAILURE(status)) return -1;
  int32_t written = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)out, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = u_strFoldCase((UChar *)out, capacity, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return -1;
  ucsdet_enableInputFilter(detector, 1);  // ignore markup when guessing
  ucsdet_setText(detector, bytes, length, &status);
  const UCharsetMatch *match = ucsdet_detect(detector, &status);
  int32_t confidence = -1;
  if (U_SUCCESS(status) && match != NULL) {
    const char *found = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && found != NULL) {
      copy_name(found, name, name_capacity);
      confidence = ucsdet_getConfidence(match, &status);
    }
  }
  ucsdet_close(detector);
  return U_SUCCESS(status) ? confidence : -1;
}

int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *out,
                              int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return -1;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
  if (U_FAILURE(status)) {
    ucnv_close(converter);
    return -1;
  }
  int32_t written = ucnv_toUChars(converter, (UChar *)out, capacity, bytes, length, &status);
  ucnv_close(converter);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) return -2;
  return U_FAILURE(status) ? -2 : written;
}

int32_t cicu_canonical_language_tag(const char *tag, char *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  char canonical[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status) || localeID[0] == '\0') {
    // Not BCP 47 (for example "en_us"): read it as an ICU locale id instead.
    status = U_ZERO_ERROR;
    copy_name(tag, localeID, (int32_t)sizeof localeID);
  }
  uloc_canonicalize(localeID, canonical, (int32_t)sizeof canonical, &status);
  if (U_FAILURE(status)) return -1;
  int32_t written = uloc_toLanguageTag(canonical, out, capacity, 1, &status);
  if (U_FAILURE(status) || written <= 0 || strcmp(out, "und") == 0) return -1;
  return written;
}

int32_t cicu_is_right_to_left(const char *tag) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) return 0;
  char maximized[ULOC_FULLNAME_CAPACITY];
  uloc_addLikelySubtags(localeID, maximized, (int32_t)sizeof maximized, &status);
  if (U_FAILURE(status)) return uloc_isRightToLeft(localeID) ? 1 : 0;
  return uloc_isRightToLeft(maximized) ? 1 : 0;
}

static UPluralRules *open_plural_rules(const char *tag) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) return NULL;
  UPluralRules *rules = uplrules_openForType(localeID, UPLURAL_TYPE_CARDINAL, &status);
  return U_FAILURE(status) ? NULL : rules;
}

int32_t cicu_plural_keywords(const char *tag, char *out, int32_t capacity) {
  UPluralRules *rules = open_plural_rules(tag);
  if (rules == NULL) return -1;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *keywords = uplrules_getKeywords(rules, &status);
  int32_t written = 0;
  if (U_SUCCESS(status)) {
    if (capacity > 0) out[0] = '\0';
    int32_t keywordLength = 0;
    const char *keyword;
    while ((keyword = uenum_next(keywords, &keywordLength, &status)) != NULL && U_SUCCESS(status)) {
      int32_t needed = keywordLength + (written > 0 ? 1 : 0);
      if (written + needed < capacity) {
        if (written > 0) out[written] = ' ';
        memcpy(out + written + (written > 0 ? 1 : 0), keyword, (size_t)keywordLength);
        out[written + needed] = '\0';
      }
      written += needed;
    }
    uenum_close(keywords);
  }
  uplrules_close(rules);
  return U_SUCCESS(status) ? written : -1;
}

int32_t cicu_plural_select(const char *tag, double number, char *out, int32_t capacity) {
  UPluralRules *rules = open_plural_rules(tag);
  if (rules == NULL) return -1;
  UErrorCode status = U_ZERO_ERROR;
  UChar keyword[32];
  int32_t length = uplrules_select(rules, number, keyword, 32, &status);
  uplrules_close(rules);
  if (U_FAILURE(status)) return -1;
  u_UCharsToChars(keyword, out, length < capacity ? length : capacity - 1);
  out[length < capacity ? length : capacity - 1] = '\0';
  return length;
}

int32_t cicu_message_format_check(const uint16_t *pattern, int32_t length, const char *tag,
                                  char *error_name, int32_t error_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof parseError);
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    copy_name("en", localeID, (int32_t)sizeof localeID);
  }
  UMessageFormat *format = umsg_open((const UChar *)pattern, length, localeID, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    if (format != NULL) umsg_close(format);
    return parseError.offset >= 0 ? parseError.offset + 1 : 1;
  }
  umsg_close(format);
  return 0;
}

struct cicu_regex {
  URegularExpression *expression;
};

cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t flags, int32_t time_limit,
                            char *error_name, int32_t error_capacity, int32_t *error_offset) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof parseError);
  uint32_t icuFlags = 0;
  if (flags & CICU_REGEX_CASE_INSENSITIVE) icuFlags |= UREGEX_CASE_INSENSITIVE;
  if (flags & CICU_REGEX_MULTILINE) icuFlags |= UREGEX_MULTILINE;
  if (flags & CICU_REGEX_DOTALL) icuFlags |= UREGEX_DOTALL;
  URegularExpression *expression = uregex_open((const UChar *)pattern, length, icuFlags, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    if (error_offset != NULL) *error_offset = parseError.offset >= 0 ? parseError.offset + 1 : 1;
    if (expression != NULL) uregex_close(expression);
    return NULL;
  }
  if (time_limit > 0) uregex_setTimeLimit(expression, time_limit, &status);
  cicu_regex *regex = malloc(sizeof *regex);
  if (regex == NULL) {
    uregex_close(expression);
    return NULL;
  }
  regex->expression = expression;
  return regex;
}

cicu_regex *cicu_regex_clone(const cicu_regex *regex) {
  UErrorCode status = U_ZERO_ERROR;
  URegularExpression *expression = uregex_clone(regex->expression, &status);
  if (U_FAILURE(status)) return NULL;
  // uregex_clone copies the pattern and flags but not the matcher's time limit: carry it over, or a
  // pathological pattern would run unbounded in every clone.
  int32_t limit = uregex_getTimeLimit(regex->expression, &status);
  if (U_SUCCESS(status) && limit > 0) uregex_setTimeLimit(expression, limit, &status);
  cicu_regex *copy = malloc(sizeof *copy);
  if (copy == NULL) {
    uregex_close(expression);
    return NULL;
  }
  copy->expression = expression;
  return copy;
}

void cicu_regex_close(cicu_regex *regex) {
  if (regex == NULL) return;
  uregex_close(regex->expression);
  free(regex);
}

int32_t cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  uregex_setText(regex->expression, (const UChar *)text, length, &status);
  return U_FAILURE(status) ? -1 : 0;
}

int32_t cicu_regex_find(cicu_regex *regex, int32_t from, int32_t *start, int32_t *end) {
  UErrorCode status = U_ZERO_ERROR;
  UBool found = from >= 0 ? uregex_find(regex->expression, from, &status)
                          : uregex_findNext(regex->expression, &status);
  if (status == U_REGEX_TIME_OUT) return -2;
  if (U_FAILURE(status)) return -1;
  if (!found) return 0;
  *start = uregex_start(regex->expression, 0, &status);
  *end = uregex_end(regex->expression, 0, &status);
  return U_FAILURE(status) ? -1 : 1;
}

struct cicu_transliterator {
  UTransliterator *transliterator;
};

cicu_transliterator *cicu_transliterator_open(const uint16_t *rules, int32_t length, char *error_name,
                                              int32_t error_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  static const UChar name[] = {'c', 'o', 'n', 't', 'e', 'n', 't', 'l', 'i', 'n', 't', 0};
  UTransliterator *transliterator =
      utrans_openU(name, -1, UTRANS_FORWARD, (const UChar *)rules, length, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    return NULL;
  }
  cicu_transliterator *result = malloc(sizeof *result);
  if (result == NULL) {
    utrans_close(transliterator);
    return NULL;
  }
  result->transliterator = transliterator;
  return result;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                           int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
  return U_FAILURE(status) ? -1 : textLength;
}

int32_t cicu_sentence_boundaries_utf8(const char *text, int32_t length, const char *locale, int32_t *out,
                                      int32_t capacity) {
  // ICU's iterator reads UTF-16 half again faster than a UTF-8 UText: convert here, in one pass with no
  // Swift array, and map each boundary back to a byte offset in a second pass that only moves forward.
  enum { STACK_UNITS = 2048 };
  uint16_t stack_units[STACK_UNITS];
  const uint8_t *bytes = (const uint8_t *)text;
  uint16_t *units = length <= STACK_UNITS ? stack_units : malloc(sizeof(uint16_t) * (size_t)length);
  if (units == NULL) return -1;
  int32_t unit_count = 0;
  int32_t is_ascii = 1;
  for (int32_t index = 0; index < length;) {
    uint8_t byte = bytes[index];
    if (byte < 0x80) {
      units[unit_count++] = byte;
      index++;
      continue;
    }
    is_ascii = 0;
    UChar32 scalar;
    U8_NEXT(bytes, index, length, scalar);
    if (scalar < 0) scalar = 0xFFFD;
    U16_APPEND_UNSAFE(units, unit_count, scalar);
  }
  UBreakIterator *iterator = cached_iterator(CICU_BREAK_SENTENCE, locale, units, unit_count);
  if (iterator == NULL) {
    if (units != stack_units) free(units);
    return -1;
  }
  int32_t count = 0;
  int32_t unit_offset = 0;
  int32_t byte_offset = 0;
  for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
    if (is_ascii) {
      byte_offset = boundary;
    } else {
      while (unit_offset < boundary && byte_offset < length) {
        UChar32 scalar;
        U8_NEXT(bytes, byte_offset, length, scalar);
        unit_offset += (scalar > 0xFFFF) ? 2 : 1;
      }
    }
    if (count < capacity) out[count] = byte_offset;
    count++;
  }
  if (strlen(locale) >= CACHED_LOCALE_CAPACITY) {
    ubrk_close(iterator);
  } else {
    UErrorCode reset = U_ZERO_ERROR;
    ubrk_setText(iterator, NULL, 0, &reset);
  }
  if (units != stack_units) free(units);
  return count;
}

static int8_t ascii_sentence_break[128];
static pthread_once_t ascii_sentence_break_once = PTHREAD_ONCE_INIT;

static void make_ascii_sentence_break(void) {
  for (UChar32 scalar = 0; scalar < 128; scalar++) {
    ascii_sentence_break[scalar] = (int8_t)u_getIntPropertyValue(scalar, UCHAR_SENTENCE_BREAK);
  }
}

int32_t cicu_may_break_sentence_utf8(const char *text, int32_t length) {
  pthread_once(&ascii_sentence_break_once, make_ascii_sentence_break);
  const uint8_t *bytes = (const uint8_t *)text;
  // Before the first terminator nothing can break (SB4 and SB11 need a separator or a terminator before
  // the break). From it on, only a tail of the form (SATerm Close* Sp*)+ keeps the end the only boundary:
  // SB9 and SB10 hold Close and Sp to the terminator, SB8a holds a following terminator; anything else
  // (a separator, a letter, Close after Sp) may break, and ICU decides.
  enum { BEFORE_TERMINATOR, AFTER_TERMINATOR, AFTER_CLOSE, AFTER_SPACE } state = BEFORE_TERMINATOR;
  int32_t index = 0;
  while (index < length) {
    int32_t kind;
    uint8_t byte = bytes[index];
    if (byte < 0x80) {
      kind = ascii_sentence_break[byte];
      index++;
    } else {
      UChar32 scalar;
      U8_NEXT(bytes, index, length, scalar);
      if (scalar < 0) return 1;  // ill-formed: let ICU decide
      kind = u_getIntPropertyValue(scalar, UCHAR_SENTENCE_BREAK);
    }
    if (kind == U_SB_SEP || kind == U_SB_CR || kind == U_SB_LF) return 1;
    int32_t is_terminator = kind == U_SB_ATERM || kind == U_SB_STERM;
    switch (state) {
      case BEFORE_TERMINATOR:
        if (is_terminator) state = AFTER_TERMINATOR;
        break;
      case AFTER_TERMINATOR:
      case AFTER_CLOSE:
        if (is_terminator) state = AFTER_TERMINATOR;
        else if (kind == U_SB_CLOSE) state = AFTER_CLOSE;
        else if (kind == U_SB_SP) state = AFTER_SPACE;
        else return 1;
        break;
      case AFTER_SPACE:
        if (is_terminator) state = AFTER_TERMINATOR;
        else if (kind != U_SB_SP) return 1;
        break;
    }
  }
  return 0;
}
